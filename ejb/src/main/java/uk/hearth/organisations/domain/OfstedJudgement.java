package uk.hearth.organisations.domain;

/** The overall effectiveness judgement of Ofsted's latest full inspection. */
public enum OfstedJudgement {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement to be good"),
    INADEQUATE("Inadequate"),
    NOT_YET_INSPECTED("Not yet inspected");

    private final String label;

    OfstedJudgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Councils place only with provision judged good or outstanding unless an override is recorded. */
    public boolean meetsQualityThreshold() {
        return this == OUTSTANDING || this == GOOD;
    }
}
