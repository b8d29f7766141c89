package uk.hearth.competitions.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A bid's result on one quality question.
 *
 * @param question       the question
 * @param moderatedScore the moderated score, 0 to 5
 * @param score          the points earned: moderated score ÷ 5 × the question's weight, to two decimal places
 */
public record QuestionScore(QualityCriterion question, int moderatedScore, BigDecimal score) {

    public QuestionScore {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(score, "score");
    }
}
