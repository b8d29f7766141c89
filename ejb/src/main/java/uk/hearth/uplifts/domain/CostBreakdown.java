package uk.hearth.uplifts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.hearth.shared.money.Money;

/**
 * Why a provider's costs rise, a week at a time: the staff hours the placement needs at the hourly rate paid before
 * and after, with on-costs (employer's National Insurance and pension) as a percentage of pay, and the weekly change
 * in every other cost. Parts may be missing while the request is a draft; {@link #missing()} says which.
 */
@Embeddable
public record CostBreakdown(
        @Column(name = "staff_hours_per_week", precision = 7, scale = 2) BigDecimal staffHoursPerWeek,
        @Column(name = "hourly_rate_before") Money hourlyRateBefore,
        @Column(name = "hourly_rate_after") Money hourlyRateAfter,
        @Column(name = "on_cost_percent", precision = 5, scale = 2) BigDecimal onCostPercent,
        @Column(name = "premises_change") Money premisesChange,
        @Column(name = "food_and_activities_change") Money foodAndActivitiesChange,
        @Column(name = "transport_change") Money transportChange,
        @Column(name = "education_change") Money educationChange,
        @Column(name = "insurance_change") Money insuranceChange,
        @Column(name = "overheads_change") Money overheadsChange) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final CostBreakdown EMPTY = new CostBreakdown(null, null, null, null, null, null, null, null, null, null);

    /** The parts a submitted request must give, by the name the form shows. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (staffHoursPerWeek == null) {
            missing.add("staff hours a week");
        }
        if (hourlyRateBefore == null) {
            missing.add("hourly rate now");
        }
        if (hourlyRateAfter == null) {
            missing.add("hourly rate from the effective date");
        }
        if (onCostPercent == null) {
            missing.add("on-costs");
        }
        return missing;
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    /** Weekly staff pay with on-costs at the rate paid now. */
    public Optional<Money> staffPayBefore() {
        return staffPayAt(hourlyRateBefore);
    }

    public Optional<Money> staffPayAfter() {
        return staffPayAt(hourlyRateAfter);
    }

    public Money staffPayChange() {
        return staffPayAfter().flatMap(after -> staffPayBefore().map(after::minus)).orElse(Money.ZERO);
    }

    /** The weekly change in every cost but staff pay. */
    public Money otherChanges() {
        return Stream.of(premisesChange, foodAndActivitiesChange, transportChange, educationChange, insuranceChange,
                overheadsChange).filter(m -> m != null).reduce(Money.ZERO, Money::plus);
    }

    public Money totalChange() {
        return staffPayChange().plus(otherChanges());
    }

    /** Staff pay's part of the whole weekly change, as a percentage; nothing when costs do not rise. */
    public Optional<BigDecimal> staffPayShare() {
        Money total = totalChange();
        if (!total.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(staffPayChange().amount().multiply(HUNDRED).divide(total.amount(), 1, RoundingMode.HALF_UP));
    }

    /**
     * What the National Living Wage's rise alone adds to a week of the placement's staff hours, with on-costs: the
     * least the staff pay must rise by where staff are paid the Living Wage.
     */
    public Optional<Money> livingWageEffect(Money rateBefore, Money rateAfter) {
        if (staffHoursPerWeek == null || onCostPercent == null) {
            return Optional.empty();
        }
        return Optional.of(Money.of(rateAfter.minus(rateBefore).amount().multiply(staffHoursPerWeek).multiply(withOnCosts())));
    }

    private Optional<Money> staffPayAt(Money rate) {
        if (staffHoursPerWeek == null || rate == null || onCostPercent == null) {
            return Optional.empty();
        }
        return Optional.of(rate.times(staffHoursPerWeek.multiply(withOnCosts())));
    }

    private BigDecimal withOnCosts() {
        return BigDecimal.ONE.add(onCostPercent.divide(HUNDRED, 6, RoundingMode.HALF_UP));
    }
}
