package uk.hearth.uplifts.domain;

/** What the council decides on a request. */
public enum UpliftOutcome {
    APPROVE("Approve"),
    PART_APPROVE("Part-approve"),
    REJECT("Reject");

    private final String label;

    UpliftOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
