package uk.hearth.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in pounds sterling, to the penny. Fees, prices, budgets and rate bands are all {@code Money};
 * so is every total worked out from them, rounded half up to the penny where arithmetic gives more places. It is
 * written one way everywhere people read it ({@link #toString()}: "£1,234.50" on pages, in letters and in emails)
 * and one way where machines read it ({@link #plain()}: "1234.50" in CSV and JSON).
 *
 * @param amount in pounds, scale 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    /** Digits before the point that every money column holds ({@code numeric(10, 2)}): up to £99,999,999.99. */
    public static final int INTEGER_DIGITS = 8;
    public static final int FRACTION_DIGITS = 2;
    /** The largest amount a money column holds, for {@code @DecimalMax} on inputs. */
    public static final String MAX = "99999999.99";

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(FRACTION_DIGITS, RoundingMode.HALF_UP);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** Null for null, for optional amounts read from inputs. */
    public static Money ofNullable(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money pounds(long pounds) {
        return new Money(BigDecimal.valueOf(pounds));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(long count) {
        return new Money(amount.multiply(BigDecimal.valueOf(count)));
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isMoreThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** For machines: "1234.50", no symbol, no separators. */
    public String plain() {
        return amount.toPlainString();
    }

    /** For people: "£1,234.50" (and "−£12.00" below zero). */
    @Override
    public String toString() {
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setNegativePrefix("−£");
        return format.format(amount);
    }
}
