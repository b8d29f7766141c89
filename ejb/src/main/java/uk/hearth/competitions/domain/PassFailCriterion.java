package uk.hearth.competitions.domain;

import java.util.Objects;

/**
 * A question a bid must pass to be scored at all, such as holding the insurance the contract requires.
 *
 * @param questionId the question's identity, as the bids' answers refer to it
 * @param text       the question as bidders read it
 */
public record PassFailCriterion(long questionId, String text) {

    public PassFailCriterion {
        Objects.requireNonNull(text, "text");
    }
}
