package uk.hearth.competitions.domain;

import java.util.Objects;

/**
 * A quality question, scored 0 to 5 by each evaluator and then moderated; its moderated score earns a share of the
 * question's weight.
 *
 * @param questionId the question's identity, as the bids' moderated scores refer to it
 * @param text       the question as bidders read it
 * @param weight     the points out of 100 that a moderated score of 5 earns
 */
public record QualityCriterion(long questionId, String text, int weight) {

    public QualityCriterion {
        Objects.requireNonNull(text, "text");
    }
}
