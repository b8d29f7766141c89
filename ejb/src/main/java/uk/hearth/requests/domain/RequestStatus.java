package uk.hearth.requests.domain;

public enum RequestStatus {
    DRAFT("Draft"),
    /** Sent to providers; open for responses until the deadline. */
    PUBLISHED("Published");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
