package uk.hearth.competitions.application;

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
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.shared.security.Roles;

/**
 * A persistent timer at each published competition's tender deadline, which closes it and marks invalid the bids
 * of providers no longer admitted to the lot. Persistent, so a restart does not lose it; created in the publishing
 * transaction, so a publication that rolls back leaves none. The timer holds no logic: it calls
 * {@link MiniCompetitions#close}. Opening the bids closes a competition whose timer has not run yet.
 */
@Singleton
@RunAs(Roles.ADMIN)
public class CompetitionDeadlines {

    /** What a timer is for; stored with the timer, so it must stay serialisable and small. */
    public record Due(long competitionId) implements Serializable {
    }

    @Resource
    private TimerService timers;

    @Inject
    private MiniCompetitions competitions;

    /** Called by {@link MiniCompetitions#publish} inside its transaction. */
    @PermitAll
    public void schedule(MiniCompetition competition) {
        timers.createSingleActionTimer(Date.from(competition.getTenderDeadline()),
                new TimerConfig(new Due(competition.getId()), true));
    }

    /** Called by {@link MiniCompetitions#cancel}: a cancelled competition has no deadline left. */
    @PermitAll
    public void cancel(long competitionId) {
        timersFor(competitionId).forEach(Timer::cancel);
    }

    /** The timers waiting for a competition, for the administrators and the tests. */
    @RolesAllowed(Roles.ADMIN)
    public List<Due> scheduledFor(long competitionId) {
        return timersFor(competitionId).map(t -> (Due) t.getInfo()).toList();
    }

    private Stream<Timer> timersFor(long competitionId) {
        return timers.getTimers().stream().filter(t -> t.getInfo() instanceof Due due && due.competitionId() == competitionId);
    }

    @Timeout
    void due(Timer timer) {
        competitions.close(((Due) timer.getInfo()).competitionId());
    }
}
