package uk.hearth.competitions.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.scoring.PriceScoring;

/**
 * A competition as the commissioner describes it before publication. The rules that depend on the moment of
 * publication (the minimum tender period) are checked when it is published.
 */
public record CompetitionDetails(
        @NotBlank(message = "Enter a title.")
        @Size(max = MiniCompetition.TITLE_LENGTH, message = "The title must be 200 characters or fewer.") String title,
        @NotNull(message = "Choose the lot.") Long lotId,
        @NotBlank(message = "Describe what the council is buying.")
        @Size(max = Lengths.TEXT, message = "The description must be 4,000 characters or fewer.") String description,
        @NotNull(message = "Enter the contract particulars.") @Valid BlockContract contract,
        @Min(value = 0, message = "The price weight cannot be negative.")
        @Max(value = 100, message = "The price weight cannot be more than 100.") int priceWeight,
        @NotNull(message = "Choose how price is scored.") PriceScoring priceScoring,
        @NotNull List<@NotNull @Valid QuestionDetails> questions,
        @NotNull(message = "Enter the clarification deadline.") Instant clarificationDeadline,
        @NotNull(message = "Enter the tender deadline.") Instant tenderDeadline,
        @Size(max = Lengths.REASON, message = "The reason must be 2,000 characters or fewer.") String shortPeriodReason,
        @NotNull(message = "Choose the standstill period.") StandstillMode standstillMode,
        @NotNull List<@NotBlank(message = "Enter the user name of each evaluator.")
                @Size(max = Lengths.USERNAME, message = "A user name must be 100 characters or fewer.") String> panel) {
}
