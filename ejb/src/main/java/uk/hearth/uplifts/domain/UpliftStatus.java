package uk.hearth.uplifts.domain;

import java.time.LocalDate;

/** Where an uplift request has got to. */
public enum UpliftStatus {
    DRAFT("Draft"),
    SUBMITTED("Waiting for a decision"),
    APPROVED("Approved"),
    PART_APPROVED("Part-approved"),
    REJECTED("Rejected"),
    UNDER_REVIEW("Under review");

    private final String label;

    UpliftStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDecided() {
        return this == APPROVED || this == PART_APPROVED || this == REJECTED;
    }

    /** Waiting for the council: a first decision or a review. */
    public boolean isWaiting() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }

    /** Still waiting after the day its decision was due. */
    public boolean isOverdue(LocalDate decisionDue, LocalDate day) {
        return isWaiting() && decisionDue != null && day.isAfter(decisionDue);
    }
}
