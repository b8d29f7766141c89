package uk.hearth.requests.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * Persistent timers for each published request: the second tier of a tiered release, a reminder two hours before
 * the deadline to providers that have not answered, and the closing of responses at the deadline. Persistent, so
 * a server restart in between does not lose them; created in the publishing transaction, so a publication that
 * rolls back leaves none. At start-up a sweep also closes any request whose deadline passed while the server was
 * down. The timers hold no logic: they call {@link PlacementRequests}.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
public class RequestDeadlines {

    static final Duration REMINDER_BEFORE = Duration.ofHours(2);

    public enum Purpose { TIER_TWO, REMINDER, CLOSE }

    /** What a timer is for; stored with the timer, so it must stay serialisable and small. */
    public record Due(long requestId, Purpose purpose) implements Serializable {
    }

    @Resource
    private TimerService timers;

    @Inject
    private PlacementRequests requests;

    @Inject
    private HearthClock clock;

    /** Called by {@link PlacementRequests#publish} inside its transaction. */
    @PermitAll
    public void schedule(PlacementRequest request) {
        Instant deadline = request.getResponseDeadline();
        request.tierTwoReleaseAt().ifPresent(release -> at(release, request, Purpose.TIER_TWO));
        Instant reminder = deadline.minus(REMINDER_BEFORE);
        if (reminder.isAfter(clock.now())) {
            at(reminder, request, Purpose.REMINDER);
        }
        at(deadline, request, Purpose.CLOSE);
    }

    private void at(Instant when, PlacementRequest request, Purpose purpose) {
        timers.createSingleActionTimer(Date.from(when), new TimerConfig(new Due(request.getId(), purpose), true));
    }

    /** The sweep runs from a timer, not here, so that it runs as {@link Roles#ADMIN} once the application is up. */
    @PostConstruct
    void sweepSoon() {
        if (Boolean.parseBoolean(System.getProperty("hearth.scheduled-jobs", "true"))) {
            timers.createSingleActionTimer(5_000, new TimerConfig(null, false));
        }
    }

    /** The timers waiting for a request, for the administrators and the tests. */
    @RolesAllowed(Roles.ADMIN)
    public List<Due> scheduledFor(long requestId) {
        return timers.getTimers().stream().filter(t -> t.getInfo() instanceof Due due && due.requestId() == requestId)
                .map(t -> (Due) t.getInfo()).toList();
    }

    @Timeout
    void due(Timer timer) {
        if (!(timer.getInfo() instanceof Due due)) {
            requests.closeOverdue();
            return;
        }
        switch (due.purpose()) {
            case TIER_TWO -> requests.releaseTierTwo(due.requestId());
            case REMINDER -> requests.remindBeforeDeadline(due.requestId());
            case CLOSE -> requests.closeResponses(due.requestId());
        }
    }
}
