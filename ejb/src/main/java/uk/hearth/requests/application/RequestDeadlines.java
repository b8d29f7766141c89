package uk.hearth.requests.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
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
 * Persistent timers for each published request: a reminder two hours before the deadline to providers that have
 * not answered, and the closing of responses at the deadline. Persistent, so a server restart in between does
 * not lose them; created in the publishing transaction, so a publication that rolls back leaves none. The
 * timers hold no logic: they call {@link PlacementRequests}.
 */
@Singleton
@RunAs(Roles.ADMIN)
public class RequestDeadlines {

    static final Duration REMINDER_BEFORE = Duration.ofHours(2);

    /** What a timer is for; stored with the timer, so it must stay serialisable and small. */
    public record Due(long requestId, boolean reminder) implements Serializable {
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
        Instant reminder = deadline.minus(REMINDER_BEFORE);
        if (reminder.isAfter(clock.now())) {
            timers.createSingleActionTimer(Date.from(reminder), new TimerConfig(new Due(request.getId(), true), true));
        }
        timers.createSingleActionTimer(Date.from(deadline), new TimerConfig(new Due(request.getId(), false), true));
    }

    /** The timers waiting for a request, for the administrators and the tests. */
    @RolesAllowed(Roles.ADMIN)
    public List<Due> scheduledFor(long requestId) {
        return timers.getTimers().stream().filter(t -> t.getInfo() instanceof Due due && due.requestId() == requestId)
                .map(t -> (Due) t.getInfo()).toList();
    }

    @Timeout
    void due(Timer timer) {
        Due due = (Due) timer.getInfo();
        if (due.reminder()) {
            requests.remindBeforeDeadline(due.requestId());
        } else {
            requests.closeResponses(due.requestId());
        }
    }
}
