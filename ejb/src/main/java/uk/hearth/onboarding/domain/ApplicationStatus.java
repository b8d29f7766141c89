package uk.hearth.onboarding.domain;

public enum ApplicationStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted: being evaluated"),
    CLARIFICATION_REQUESTED("Clarification requested"),
    ADMITTED("Admitted"),
    REJECTED("Not admitted");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean awaitingDecision() {
        return this == SUBMITTED || this == CLARIFICATION_REQUESTED;
    }

    public boolean decided() {
        return this == ADMITTED || this == REJECTED;
    }
}
