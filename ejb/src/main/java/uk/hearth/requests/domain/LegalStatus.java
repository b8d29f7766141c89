package uk.hearth.requests.domain;

/** The child's legal status, as the council records it (Children Act 1989). */
public enum LegalStatus {
    SECTION_20("Accommodated under section 20"),
    INTERIM_CARE_ORDER("Interim care order"),
    CARE_ORDER("Care order"),
    PLACEMENT_ORDER("Placement order"),
    REMAND("Remanded to local authority accommodation"),
    OTHER("Other");

    private final String label;

    LegalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
