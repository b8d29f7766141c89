package uk.hearth.competitions.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One question of the evaluation model as the commissioner sets it; pass/fail questions carry no weight. */
public record QuestionDetails(
        @NotNull(message = "Choose whether the question is pass/fail or quality.") QuestionKind kind,
        @NotBlank(message = "Enter the question.")
        @Size(max = CompetitionQuestion.TEXT_LENGTH, message = "A question must be 2,000 characters or fewer.") String text,
        @Min(value = 1, message = "The word limit must be at least 1 word.")
        @Max(value = 5000, message = "The word limit must be 5,000 words or fewer.") int wordLimit,
        @Min(value = 0, message = "A weight cannot be negative.") @Max(value = 100, message = "A weight cannot be more than 100.") int weight) {
}
