package uk.hearth.requests.domain;

/** How soon a home is needed, which sets the response deadline. */
public enum Urgency {
    /** Needed today: providers answer within hours. */
    EMERGENCY("Emergency"),
    /** Providers answer by 5pm on the second working day after publication. */
    STANDARD("Standard");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
