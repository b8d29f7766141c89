package uk.hearth.competitions.domain;

public enum CompetitionStatus {
    DRAFT("Draft"),
    /** Invitations sent; bids are taken until the tender deadline. */
    PUBLISHED("Open for bids"),
    /** The tender deadline has passed; bids are still sealed until someone opens them. */
    CLOSED("Closed: bids not yet opened"),
    /** Bids opened after the deadline (who opened them, and when, is recorded). */
    OPENED("Bids opened"),
    AWARDED("Award decided"),
    /** The award is notified and the contract may not be concluded until the standstill period ends. */
    STANDSTILL("In standstill"),
    CONCLUDED("Contract concluded"),
    CANCELLED("Cancelled");

    private final String label;

    CompetitionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
