package uk.hearth.web.requests;

import java.time.Duration;
import java.time.Instant;

/** Time left before a deadline in words, to the hour when days are left and to the minute on the last hour. */
final class Countdown {

    private Countdown() {
    }

    static String between(Instant now, Instant deadline) {
        if (deadline == null || now.isAfter(deadline)) {
            return "Closed";
        }
        Duration left = Duration.between(now, deadline);
        long days = left.toDays();
        int hours = left.toHoursPart();
        int minutes = left.toMinutesPart();
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "") + " left";
        }
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "") + " left";
        }
        return minutes > 0 ? plural(minutes, "minute") + " left" : "Less than a minute left";
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
