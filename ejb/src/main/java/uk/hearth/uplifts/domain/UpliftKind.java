package uk.hearth.uplifts.domain;

import uk.hearth.shared.money.Money;

/** What a provider answered for a placement in a fee review. */
public enum UpliftKind {
    STANDARD("Standard uplift accepted"),
    ABOVE_STANDARD("More than the standard asked for");

    private final String label;

    UpliftKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The weekly fee asked for: the standard fee for an acceptance, the proposed fee otherwise. */
    public Money asked(Money standardFee, Money proposedFee) {
        return this == STANDARD ? standardFee : proposedFee;
    }
}
