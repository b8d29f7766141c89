package uk.hearth.competitions.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

public enum BidStatus {
    /** Saved by the provider, not yet tendered; never opened. */
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    /** Taken back before the deadline; it may be changed and submitted again until then. */
    WITHDRAWN("Withdrawn"),
    /** Not evaluated, e.g. because the bidder was suspended from the lot at the deadline. */
    INVALID("Invalid");

    /** Tendered at the deadline: submitted, or found invalid then. Drafts and withdrawn bids never are. */
    public static final Set<BidStatus> TENDERED = Collections.unmodifiableSet(EnumSet.of(SUBMITTED, INVALID));

    private final String label;

    BidStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
