package uk.hearth.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bank holidays in England and Wales, worked out by rule so that any year can be
 * answered without a network call or a data file.
 *
 * <p>The rules are those in force since 1978, when the early May bank holiday began;
 * earlier years are answered by the same rules and are not historically accurate.
 * Holidays moved or added by royal proclamation cannot be derived, so every one
 * announced since 1978 is listed explicitly below and must be added here when a new
 * one is announced.
 */
public final class BankHolidays {

    private static final String SUBSTITUTE = " (substitute day)";
    private static final String NEW_YEAR = "New Year's Day";
    private static final String EARLY_MAY = "Early May bank holiday";
    private static final String SPRING = "Spring bank holiday";
    private static final String CHRISTMAS = "Christmas Day";
    private static final String BOXING_DAY = "Boxing Day";

    // Years in which a regular May holiday was moved to make way for a national occasion.
    private static final Map<Integer, LocalDate> EARLY_MAY_MOVED = Map.of(
            1995, LocalDate.of(1995, 5, 8),
            2020, LocalDate.of(2020, 5, 8));
    private static final Map<Integer, LocalDate> SPRING_MOVED = Map.of(
            2002, LocalDate.of(2002, 6, 4),
            2012, LocalDate.of(2012, 6, 4),
            2022, LocalDate.of(2022, 6, 2));

    private static final Map<LocalDate, String> ONE_OFFS = Map.of(
            LocalDate.of(1981, 7, 29), "Royal wedding of the Prince of Wales and Lady Diana Spencer",
            LocalDate.of(1999, 12, 31), "Millennium Eve",
            LocalDate.of(2002, 6, 3), "Golden Jubilee bank holiday",
            LocalDate.of(2011, 4, 29), "Royal wedding of Prince William and Catherine Middleton",
            LocalDate.of(2012, 6, 5), "Diamond Jubilee bank holiday",
            LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday",
            LocalDate.of(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II",
            LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III");

    // Working-day clocks ask about the same few years over and over.
    private static final Map<Integer, NavigableMap<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    /** Whether {@code date} is a bank holiday in England and Wales. */
    public static boolean isBankHoliday(LocalDate date) {
        return nameOf(date).isPresent();
    }

    /** The bank holidays of {@code year} in date order, as an unmodifiable set. */
    public static SortedSet<LocalDate> inYear(int year) {
        // The cached map is unmodifiable, so its key set is too.
        return holidays(year).navigableKeySet();
    }

    /** The holiday's name, such as "Good Friday" or "Christmas Day (substitute day)". */
    public static Optional<String> nameOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }

    private static NavigableMap<LocalDate, String> holidays(int year) {
        return BY_YEAR.computeIfAbsent(year, BankHolidays::compute);
    }

    private static NavigableMap<LocalDate, String> compute(int year) {
        NavigableMap<LocalDate, String> days = new TreeMap<>();

        LocalDate newYear = LocalDate.of(year, Month.JANUARY, 1);
        if (isWeekend(newYear)) {
            days.put(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), NEW_YEAR + SUBSTITUTE);
        } else {
            days.put(newYear, NEW_YEAR);
        }

        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");

        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.put(EARLY_MAY_MOVED.getOrDefault(year, may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))),
                EARLY_MAY);
        days.put(SPRING_MOVED.getOrDefault(year, may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))),
                SPRING);
        days.put(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");

        addChristmas(year, days);

        ONE_OFFS.forEach((date, name) -> {
            if (date.getYear() == year) {
                days.put(date, name);
            }
        });
        return Collections.unmodifiableNavigableMap(days);
    }

    // The substitute order depends on which day is lost: when Christmas falls on a
    // Sunday, Boxing Day keeps Monday 26th and Christmas moves to the Tuesday.
    private static void addChristmas(int year, Map<LocalDate, String> days) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxingDay = christmas.plusDays(1);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY -> {
                days.put(christmas.plusDays(2), CHRISTMAS + SUBSTITUTE);
                days.put(christmas.plusDays(3), BOXING_DAY + SUBSTITUTE);
            }
            case SUNDAY -> {
                days.put(boxingDay, BOXING_DAY);
                days.put(christmas.plusDays(2), CHRISTMAS + SUBSTITUTE);
            }
            case FRIDAY -> {
                days.put(christmas, CHRISTMAS);
                days.put(christmas.plusDays(3), BOXING_DAY + SUBSTITUTE);
            }
            default -> {
                days.put(christmas, CHRISTMAS);
                days.put(boxingDay, BOXING_DAY);
            }
        }
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
