package uk.hearth.onboarding.domain;

public enum SectionOutcome {
    PASS("Pass"),
    FAIL("Fail");

    private final String label;

    SectionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
