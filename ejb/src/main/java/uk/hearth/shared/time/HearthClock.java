package uk.hearth.shared.time;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import uk.hearth.shared.BusinessException;

/**
 * The one clock the server decides by: deadlines, the admission clock and audit times all read it, in
 * Europe/London. Tests and demonstrations may move it, but only on a server started with
 * {@code -Dhearth.clock.adjustable=true}; a production server refuses.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HearthClock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String ADJUSTABLE_PROPERTY = "hearth.clock.adjustable";

    private volatile Clock clock = Clock.system(LONDON);

    /** Now, to the microsecond, the precision every supported database keeps. */
    @PermitAll
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @PermitAll
    public ZonedDateTime nowInLondon() {
        return now().atZone(LONDON);
    }

    @PermitAll
    public LocalDate today() {
        return nowInLondon().toLocalDate();
    }

    @PermitAll
    public void fixAt(Instant instant) {
        requireAdjustable();
        clock = Clock.fixed(instant, LONDON);
    }

    @PermitAll
    public void reset() {
        requireAdjustable();
        clock = Clock.system(LONDON);
    }

    private static void requireAdjustable() {
        if (!Boolean.getBoolean(ADJUSTABLE_PROPERTY)) {
            throw new BusinessException("The service clock cannot be changed on this server.");
        }
    }
}
