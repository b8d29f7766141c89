package uk.hearth.uplifts.domain;

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
}
