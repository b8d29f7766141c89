package uk.hearth.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.ResetsClock;

/** The service clock on a server started with -Dhearth.clock.adjustable=true, as the ITs' server is. */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class HearthClockIT {

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private HearthClock clock;

    @Test
    void fixedTimeIsReadInLondonAcrossTheClocksGoingForward() {
        // 29 March 2026: the clocks go forward at 01:00 GMT, to 02:00 BST.
        clock.fixAt(Instant.parse("2026-03-29T00:30:00Z"));
        assertEquals(Instant.parse("2026-03-29T00:30:00Z"), clock.now());
        assertEquals(LocalDateTime.of(2026, 3, 29, 0, 30), clock.nowInLondon().toLocalDateTime());
        assertEquals(ZoneOffset.UTC, clock.nowInLondon().getOffset());

        clock.fixAt(Instant.parse("2026-03-29T01:30:00Z"));
        assertEquals(LocalDateTime.of(2026, 3, 29, 2, 30), clock.nowInLondon().toLocalDateTime());
        assertEquals(ZoneOffset.ofHours(1), clock.nowInLondon().getOffset());
        assertEquals(LocalDate.of(2026, 3, 29), clock.today());
    }

    @Test
    void todayIsTheDateInLondonNotInUtc() {
        clock.fixAt(Instant.parse("2026-06-30T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 7, 1), clock.today());
    }

    @Test
    void timeIsKeptToTheMicrosecondLikeTheDatabases() {
        clock.fixAt(Instant.parse("2026-01-15T10:00:00.123456789Z"));
        assertEquals(Instant.parse("2026-01-15T10:00:00.123456Z"), clock.now());
    }

    @Test
    void resetReturnsToSystemTime() {
        clock.fixAt(Instant.parse("2000-01-01T12:00:00Z"));
        clock.reset();
        assertTrue(Duration.between(clock.now(), Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0,
                () -> "now() is " + clock.now());
    }
}
