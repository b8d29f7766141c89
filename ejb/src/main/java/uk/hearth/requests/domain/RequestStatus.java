package uk.hearth.requests.domain;

public enum RequestStatus {
    DRAFT("Draft"),
    /** Sent to providers; open for responses until the deadline. */
    PUBLISHED("Published"),
    /** The council chose an offer; the provider has a set time to confirm it. */
    CHOSEN("Offer chosen: waiting for the provider to confirm"),
    /** The provider confirmed: the child is placed and the agreement issued. */
    PLACED("Placed"),
    /** No suitable offer: the search closed without a placement on the framework, with the reason recorded. */
    FAILED("Closed: no suitable offer");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
