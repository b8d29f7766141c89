package uk.hearth.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Deadlines in words, in UK time, the way every page and message states them. */
public final class DeadlineWords {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private DeadlineWords() {
    }

    public static String of(Instant deadline) {
        return WHEN.format(deadline);
    }

    /** A day as letters and messages write it, such as "22 November 2026". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}
