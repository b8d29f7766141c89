package uk.hearth.onboarding.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.hearth.shared.security.Roles;

/**
 * Runs the document review every hour (it is idempotent: each reminder is sent once and statuses change only
 * when documents do). Holds no logic of its own; it runs as an administrator because nobody is signed in.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RunAs(Roles.ADMIN)
@PermitAll
public class ComplianceSchedule {

    private static final Logger LOG = Logger.getLogger(ComplianceSchedule.class.getName());

    @Inject
    private DocumentCompliance compliance;

    @Resource
    private TimerService timers;

    /** Also once shortly after start-up, so a server that was down over a deadline catches up at once. */
    @PostConstruct
    void catchUpSoon() {
        timers.createSingleActionTimer(15_000, new TimerConfig("Hearth document review after start-up", false));
    }

    @Timeout
    void catchUp() {
        review();
    }

    /**
     * Switched off with {@code -Dhearth.scheduled-jobs=false}: integration tests drive the review themselves,
     * with the clock where they want it.
     */
    @Schedule(hour = "*", minute = "7", persistent = false, info = "Hearth document expiry review")
    void review() {
        if (!Boolean.parseBoolean(System.getProperty("hearth.scheduled-jobs", "true"))) {
            return;
        }
        DocumentCompliance.Review review = compliance.reviewAll();
        LOG.info(() -> "Document review: " + review.reminders() + " reminders, " + review.suspended() + " suspended, "
                + review.reinstated() + " reinstated");
    }
}
