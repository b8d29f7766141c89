package uk.hearth.uplifts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.hearth.shared.money.Money;

/**
 * A weekly fee moving from one amount to another: the change in pounds a week and as a percentage of the old fee.
 *
 * @param from the weekly fee in force
 * @param to   the weekly fee asked for or approved
 */
public record FeeChange(Money from, Money to) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(7);

    /** The fee {@code percent} above {@code from}, to the penny. */
    public static FeeChange byPercent(Money from, BigDecimal percent) {
        return new FeeChange(from, from.times(BigDecimal.ONE.add(percent.divide(HUNDRED, 6, RoundingMode.HALF_UP))));
    }

    public Money amount() {
        return to.minus(from);
    }

    /** The change as a percentage of the old fee, to two places; zero for a fee of nothing. */
    public BigDecimal percent() {
        if (from.amount().signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return amount().amount().multiply(HUNDRED).divide(from.amount(), 2, RoundingMode.HALF_UP);
    }

    /**
     * What the council owes for the days between the effective date and the day it decided, at the new fee: the
     * daily difference (a seventh of the weekly) for each calendar day from {@code effectiveFrom} up to but not
     * including {@code decidedOn}. Nothing when the decision came first, or when the fee did not rise.
     */
    public Money backPay(LocalDate effectiveFrom, LocalDate decidedOn) {
        long days = ChronoUnit.DAYS.between(effectiveFrom, decidedOn);
        if (days <= 0 || !amount().isPositive()) {
            return Money.ZERO;
        }
        return Money.of(amount().amount().multiply(BigDecimal.valueOf(days)).divide(DAYS_A_WEEK, 2, RoundingMode.HALF_UP));
    }
}
