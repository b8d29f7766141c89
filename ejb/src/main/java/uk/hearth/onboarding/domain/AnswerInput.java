package uk.hearth.onboarding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A typed-in answer; which field counts depends on the question's {@link AnswerType}. */
public record AnswerInput(String text, Boolean yesNo, BigDecimal amount, LocalDate date) {

    public static AnswerInput empty() {
        return new AnswerInput(null, null, null, null);
    }
}
