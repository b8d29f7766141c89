package uk.hearth.competitions.domain;

public enum QuestionKind {
    /** Met or not met; a bid that fails one is not scored further. Carries no weight. */
    PASS_FAIL("Pass or fail"),
    /** Scored by the evaluation panel and weighted. */
    QUALITY("Quality");

    private final String label;

    QuestionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
