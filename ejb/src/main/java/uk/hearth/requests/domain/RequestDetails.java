package uk.hearth.requests.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.requests.domain.standard.NeedsProfile;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.money.Money;

/**
 * One child's needs as a commissioner describes them, anonymised: a reference, never a name. Districts are
 * postcode districts (e.g. LE4), not addresses.
 */
public record RequestDetails(
        @NotNull(message = "Choose the lot.") Long lotId,
        Long subCategoryId,
        @Min(value = 0, message = "Age must be 0 or more.") @Max(value = 25, message = "Age must be 25 or under.") int age,
        @NotNull(message = "Choose the child's gender.") Gender gender,
        @NotNull(message = "Choose the child's legal status.") LegalStatus legalStatus,
        @NotBlank(message = "Describe the child's needs.") @Size(max = Lengths.TEXT, message = "The needs must be 4,000 characters or fewer.") String needs,
        @Min(value = 0, message = "Siblings cannot be negative.") @Max(value = 10, message = "Ten siblings at most.") int siblingCount,
        @NotBlank(message = "Enter the home area postcode district, such as LE4.") String homeDistrict,
        String schoolDistrict,
        @Min(value = 1, message = "The maximum distance must be at least 1 mile.") @Max(value = 500, message = "The maximum distance must be 500 miles or less.") int maxDistanceMiles,
        @NotNull(message = "Enter the start date.") LocalDate startDate,
        @Min(value = 1, message = "The expected duration must be at least 1 week.") @Max(value = 520, message = "The expected duration must be 520 weeks or less.") int expectedDurationWeeks,
        @Positive(message = "The budget guide must be more than zero.")
        @DecimalMax(value = Money.MAX, message = "Enter the budget guide in pounds and pence, at most £99,999,999.99.")
        @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS,
                message = "Enter the budget guide in pounds and pence, at most £99,999,999.99.") BigDecimal weeklyBudgetGuide,
        @NotNull(message = "Choose the urgency.") Urgency urgency,
        @Min(value = 1, message = "Emergency responses need at least 1 hour.") @Max(value = 48, message = "Emergency responses are due within 48 hours.") int emergencyResponseHours,
        boolean inHouseChecked,
        @Size(max = Lengths.REASON, message = "The override reason must be 2,000 characters or fewer.") String qualityOverrideReason,
        @NotNull(message = "Describe the child's needs in the standard's terms.") @Valid NeedsProfile profile,
        @Min(value = 1, message = "Give providers at least 1 working day.") @Max(value = 10, message = "Ten working days at most.") int standardResponseDays,
        @Min(value = 0, message = "The price weight must be 0 or more.") @Max(value = 100, message = "The price weight must be 100 or less.") int priceWeight,
        @Min(value = 1, message = "Release more widely after at least 1 hour.") @Max(value = 240, message = "Release more widely within 240 hours.") Integer tierTwoAfterHours) {

    /** Two working days, the usual time for a standard request. */
    public static final int STANDARD_RESPONSE_DAYS = 2;
    /** Price counts for 40% of the comparison and quality 60%, unless the commissioner sets otherwise. */
    public static final int DEFAULT_PRICE_WEIGHT = 40;

    /** In-house first: an external request records that the council's own carers and homes were checked. */
    @AssertTrue(message = "Confirm that in-house foster carers and homes were checked first.")
    public boolean isInHouseConfirmed() {
        return inHouseChecked;
    }
}
