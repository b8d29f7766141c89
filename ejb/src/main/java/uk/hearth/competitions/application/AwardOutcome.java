package uk.hearth.competitions.application;

/** What an award letter tells its bidder. */
public enum AwardOutcome {
    /** The bid ranked first and is to be awarded the contract. */
    SUCCESSFUL,
    /** The bid was ranked, but not first. */
    UNSUCCESSFUL,
    /** The bid failed a pass/fail question, so it was not scored. */
    EXCLUDED
}
