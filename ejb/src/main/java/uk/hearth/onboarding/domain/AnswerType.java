package uk.hearth.onboarding.domain;

/** How a question is answered, which decides the form field and what counts as answered. */
public enum AnswerType {
    /** Yes or no; an explanation is required when the answer is yes (exclusion grounds). */
    YES_NO_EXPLAIN,
    /** Yes or no. */
    YES_NO,
    TEXT,
    /** An amount of money in pounds. */
    AMOUNT,
    DATE,
    /** An uploaded file (certificate, policy, accounts). */
    DOCUMENT,
    /** The provider's homes registered under the lot. */
    HOMES
}
