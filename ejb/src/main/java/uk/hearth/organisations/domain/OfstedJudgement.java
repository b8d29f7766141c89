package uk.hearth.organisations.domain;

/** The overall effectiveness judgement of Ofsted's latest full inspection. */
public enum OfstedJudgement {
    OUTSTANDING("Outstanding", 100),
    GOOD("Good", 75),
    REQUIRES_IMPROVEMENT("Requires improvement to be good", 25),
    INADEQUATE("Inadequate", 0),
    NOT_YET_INSPECTED("Not yet inspected", 50);

    private final String label;
    private final int qualityPoints;

    OfstedJudgement(String label, int qualityPoints) {
        this.label = label;
        this.qualityPoints = qualityPoints;
    }

    public String label() {
        return label;
    }

    /**
     * The judgement as quality points out of 100, the one table every comparison scores homes by: a home not yet
     * inspected sits between good and requires improvement.
     */
    public int qualityPoints() {
        return qualityPoints;
    }

    /** Councils place only with provision judged good or outstanding unless an override is recorded. */
    public boolean meetsQualityThreshold() {
        return this == OUTSTANDING || this == GOOD;
    }
}
