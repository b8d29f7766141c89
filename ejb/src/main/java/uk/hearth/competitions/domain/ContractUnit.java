package uk.hearth.competitions.domain;

/** What a block contract buys in bulk. */
public enum ContractUnit {
    BEDS("Beds"),
    /** Hours of support, e.g. floating support in supported accommodation or support at home. */
    HOURS("Hours");

    private final String label;

    ContractUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
