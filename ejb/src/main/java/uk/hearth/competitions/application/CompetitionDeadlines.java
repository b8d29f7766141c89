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
 * of providers no longer admitted to the lot, and one at the end of each award's standstill, which records that the
 * contract may now be concluded. Persistent, so a restart does not lose them; created in the publishing or deciding
 * transaction, so work that rolls back leaves none. The timers hold no logic: they call {@link MiniCompetitions#close}
 * and {@link CompetitionAward#endStandstill}. Opening the bids closes a competition whose timer has not run yet;
 * the server's clock, not the standstill timer, decides whether a contract may be concluded.
 */
@Singleton
@RunAs(Roles.ADMIN)
public class CompetitionDeadlines {

    /** What a timer is for; stored with the timer, so it must stay serialisable and small. */
    public sealed interface Scheduled extends Serializable {

        long competitionId();
    }

    /** The tender deadline. */
    public record Due(long competitionId) implements Scheduled {
    }

    /** The end of the standstill after the award decision. */
    public record StandstillEnds(long competitionId) implements Scheduled {
    }

    @Resource
    private TimerService timers;

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private CompetitionAward award;

    /** Called by {@link MiniCompetitions#publish} inside its transaction. */
    @PermitAll
    public void schedule(MiniCompetition competition) {
        timers.createSingleActionTimer(Date.from(competition.getTenderDeadline()),
                new TimerConfig(new Due(competition.getId()), true));
    }

    /** Called by {@link CompetitionAward#decideAward} inside its transaction. */
    @PermitAll
    public void scheduleStandstillEnd(MiniCompetition competition) {
        timers.createSingleActionTimer(Date.from(competition.standstill().endsAt()),
                new TimerConfig(new StandstillEnds(competition.getId()), true));
    }

    /** Called by {@link MiniCompetitions#cancel}: a cancelled competition has no deadline left. */
    @PermitAll
    public void cancel(long competitionId) {
        timersFor(competitionId).forEach(Timer::cancel);
    }

    /** The timers waiting for a competition, for the administrators and the tests. */
    @RolesAllowed(Roles.ADMIN)
    public List<Scheduled> scheduledFor(long competitionId) {
        return timersFor(competitionId).map(t -> (Scheduled) t.getInfo()).toList();
    }

    private Stream<Timer> timersFor(long competitionId) {
        return timers.getTimers().stream()
                .filter(t -> t.getInfo() instanceof Scheduled scheduled && scheduled.competitionId() == competitionId);
    }

    @Timeout
    void due(Timer timer) {
        Scheduled scheduled = (Scheduled) timer.getInfo();
        if (scheduled instanceof StandstillEnds) {
            award.endStandstill(scheduled.competitionId());
        } else {
            competitions.close(scheduled.competitionId());
        }
    }
}
