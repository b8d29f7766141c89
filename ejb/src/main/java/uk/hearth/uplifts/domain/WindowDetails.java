package uk.hearth.uplifts.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.hearth.shared.Lengths;

/** What a council officer enters to open a fee review window. */
public record WindowDetails(
        @NotBlank(message = "Enter the window's name") @Size(max = Lengths.NAME, message = "Keep the name to 200 characters") String name,
        @NotNull(message = "Enter the opening date") LocalDate opensOn,
        @NotNull(message = "Enter the closing date") LocalDate closesOn,
        @NotNull(message = "Enter the date approved uplifts take effect") LocalDate effectiveFrom,
        @Min(value = 1, message = "Allow at least one working day to decide")
        @Max(value = MAX_DECISION_DAYS, message = "Decide within 60 working days at most") int decisionWorkingDays,
        @NotBlank(message = "Say what evidence a request above the standard needs") @Size(max = Lengths.REASON, message = "Keep the evidence asked for to 2,000 characters") String evidenceAsked,
        @NotBlank(message = "Publish the criteria a request above the standard is judged on") @Size(max = Lengths.REASON, message = "Keep the criteria to 2,000 characters") String criteria,
        @NotEmpty(message = "Choose at least one lot") List<@Valid @NotNull StandardUplift> standardUplifts) {

    public static final int DEFAULT_DECISION_DAYS = 20;
    public static final int MAX_DECISION_DAYS = 60;

    /** The standard uplift the council publishes for one lot, as a percentage of the current weekly fee. */
    public record StandardUplift(
            @NotNull Long lotId,
            @NotNull(message = "Enter the standard uplift")
            @DecimalMin(value = "0", message = "The standard uplift cannot be negative")
            @DecimalMax(value = "25", message = "A standard uplift above 25% is not plausible: check the figure")
            @Digits(integer = 2, fraction = 2, message = "Give the percentage to two decimal places at most") BigDecimal percent) {
    }
}
