package uk.hearth.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays.
 * Used for deadlines such as "an admission decision within 10 working days of a
 * complete application".
 */
public final class WorkingDayCalendar {

    private WorkingDayCalendar() {
    }

    /** Whether {@code date} is a weekday that is not a bank holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        return isWeekday(date) && !BankHolidays.isBankHoliday(date);
    }

    /**
     * The date {@code days} working days after {@code start}. The start date itself
     * is never counted, because a clock starts running on the day after the event.
     * With {@code days} of 0 the answer is {@code start} if it is a working day,
     * otherwise the next working day.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public static LocalDate plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException(
                    "The number of working days must be zero or more, but was " + days + ".");
        }
        LocalDate date = start;
        if (days == 0) {
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The number of working days after {@code fromExclusive} up to and including
     * {@code toInclusive}; 0 if {@code toInclusive} is not after {@code fromExclusive}.
     */
    public static int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        // Whole weeks are counted arithmetically so long spans stay cheap; only the
        // leftover days and the holidays in range are looked at one by one.
        long span = ChronoUnit.DAYS.between(fromExclusive, toInclusive);
        long count = span / 7 * 5;
        for (LocalDate d = fromExclusive.plusDays(span / 7 * 7 + 1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWeekday(d)) {
                count++;
            }
        }
        for (int year = fromExclusive.getYear(); year <= toInclusive.getYear(); year++) {
            count -= BankHolidays.inYear(year)
                    .subSet(fromExclusive.plusDays(1), toInclusive.plusDays(1))
                    .stream()
                    .filter(WorkingDayCalendar::isWeekday)
                    .count();
        }
        return Math.toIntExact(count);
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
