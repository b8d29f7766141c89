package uk.hearth.onboarding.domain;

/** Why a membership is suspended, which decides what lifts it. */
public enum SuspensionCause {
    /** A commissioner suspended it; only a commissioner reinstates it. */
    COUNCIL_DECISION,
    /** A mandatory document lapsed; a valid replacement lifts it automatically. */
    DOCUMENT_EXPIRED
}
