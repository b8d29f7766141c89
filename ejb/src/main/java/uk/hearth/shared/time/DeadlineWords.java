package uk.hearth.shared.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Deadlines in words, in UK time, the way every page and message states them. */
public final class DeadlineWords {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private DeadlineWords() {
    }

    public static String of(Instant deadline) {
        return WHEN.format(deadline);
    }
}
