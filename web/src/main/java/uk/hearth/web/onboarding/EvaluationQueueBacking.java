package uk.hearth.web.onboarding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.onboarding.application.ApplicationEvaluation;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.shared.time.HearthClock;

/** commissioner/applications.xhtml: applications awaiting a decision, the soonest due first. */
@Named
@RequestScoped
public class EvaluationQueueBacking {

    @Inject
    private ApplicationEvaluation evaluation;

    @Inject
    private HearthClock clock;

    private List<LotApplication> queue;

    public void load() {
        queue = evaluation.queue();
    }

    public List<LotApplication> getQueue() {
        return queue;
    }

    public long getOverdueCount() {
        return queue.stream().filter(a -> a.isOverdue(clock.today())).count();
    }

    public Integer workingDaysLeft(LotApplication application) {
        return application.workingDaysLeft(clock.today()).orElse(null);
    }
}
