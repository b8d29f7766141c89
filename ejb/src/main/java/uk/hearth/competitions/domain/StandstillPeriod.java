package uk.hearth.competitions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import uk.hearth.shared.time.HearthClock;

/**
 * The standstill after a mini-competition's award decision, during which the contract must not be concluded so that
 * unsuccessful bidders can challenge the decision. Days are UK days (Europe/London), whatever the server's zone, so a
 * decision at 00:30 British Summer Time belongs to that day, not the day before.
 *
 * @param mode      how the period is counted
 * @param decidedAt when the award decision was recorded (and the award letters sent)
 */
public record StandstillPeriod(StandstillMode mode, Instant decidedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    public StandstillPeriod {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** The UK day the award decision was made. */
    public LocalDate decisionDay() {
        return decidedAt.atZone(HearthClock.LONDON).toLocalDate();
    }

    /** The last day of the standstill: it ends at midnight at the end of this day, UK time. */
    public LocalDate lastDay() {
        return mode.lastDay(decisionDay());
    }

    /** The instant the standstill ends: midnight UK time at the start of the day after {@link #lastDay()}. */
    public Instant endsAt() {
        return lastDay().plusDays(1).atStartOfDay(HearthClock.LONDON).toInstant();
    }

    /** Whether the contract may be concluded at {@code now}: only once the standstill has ended. */
    public boolean concludableAt(Instant now) {
        return !now.isBefore(endsAt());
    }

    /**
     * @throws StandstillRunningException if the contract may not be concluded at {@code now}
     */
    public void requireEnded(Instant now) {
        if (!concludableAt(now)) {
            throw new StandstillRunningException(lastDay());
        }
    }

    /** A day as standstill dates are stated, such as "Thursday 12 November 2026". */
    public static String dayInWords(LocalDate day) {
        return DAY.format(day);
    }
}
