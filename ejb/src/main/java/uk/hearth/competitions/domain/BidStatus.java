package uk.hearth.competitions.domain;

public enum BidStatus {
    /** Saved by the provider, not yet tendered; never opened. */
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    /** Taken back before the deadline; it may be changed and submitted again until then. */
    WITHDRAWN("Withdrawn"),
    /** Not evaluated, e.g. because the bidder was suspended from the lot at the deadline. */
    INVALID("Invalid");

    private final String label;

    BidStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
