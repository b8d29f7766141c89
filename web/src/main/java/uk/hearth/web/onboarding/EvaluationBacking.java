package uk.hearth.web.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.hearth.onboarding.application.ApplicationEvaluation;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.QuestionnaireSection;
import uk.hearth.onboarding.domain.SectionEvaluation;
import uk.hearth.onboarding.domain.SectionOutcome;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/** commissioner/application.xhtml: evaluate each section, ask for clarification, extend, admit or reject. */
@Named
@ViewScoped
public class EvaluationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationEvaluation evaluation;

    @Inject
    private HearthClock clock;

    private Long id;
    private LotApplication application;
    // Names of SectionOutcome: Faces cannot see an enum type through a map's generics.
    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private String clarification;
    private String extensionReason;
    private String rejectionReasons;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The application");
        }
        show(evaluation.application(id));
    }

    private void show(LotApplication loaded) {
        application = loaded;
        for (QuestionnaireSection section : application.getQuestionnaire().getSections()) {
            application.evaluationOf(section).ifPresent(e -> {
                outcomes.put(section.getId(), e.getOutcome().name());
                comments.put(section.getId(), e.getComment());
            });
        }
    }

    public void evaluate(QuestionnaireSection section) {
        SectionOutcome outcome = Optional.ofNullable(outcomes.get(section.getId())).map(SectionOutcome::valueOf).orElse(null);
        act(() -> evaluation.evaluateSection(id, application.getVersion(), section.getId(), outcome,
                comments.get(section.getId())), section.getTitle() + ": " + (outcome == null ? "" : outcome.label()) + " recorded.");
    }

    public void askClarification() {
        if (act(() -> evaluation.askClarification(id, application.getVersion(), clarification),
                "Your question was sent to the provider. The application waits for their answer.")) {
            clarification = null;
        }
    }

    public void extend() {
        if (act(() -> evaluation.extendDecisionDeadline(id, application.getVersion(), extensionReason),
                "The decision deadline is extended to 15 working days after submission.")) {
            extensionReason = null;
        }
    }

    public void admit() {
        act(() -> evaluation.admit(id, application.getVersion()),
                "The provider is admitted to the lot. Their admission letter is filed in Hearth.");
    }

    public void reject() {
        act(() -> evaluation.reject(id, application.getVersion(), rejectionReasons),
                "The application is rejected. The provider can see your reasons and may apply again.");
    }

    private boolean act(Supplier<LotApplication> call, String success) {
        Optional<LotApplication> saved = ServiceCalls.attempt(call);
        saved.ifPresent(s -> {
            show(s);
            FacesMessages.info(success);
        });
        return saved.isPresent();
    }

    public SectionEvaluation evaluationOf(QuestionnaireSection section) {
        return application.evaluationOf(section).orElse(null);
    }

    public Integer getWorkingDaysLeft() {
        return application.workingDaysLeft(clock.today()).orElse(null);
    }

    public SectionOutcome[] getOutcomeChoices() {
        return SectionOutcome.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LotApplication getApplication() {
        return application;
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getClarification() {
        return clarification;
    }

    public void setClarification(String clarification) {
        this.clarification = clarification;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getRejectionReasons() {
        return rejectionReasons;
    }

    public void setRejectionReasons(String rejectionReasons) {
        this.rejectionReasons = rejectionReasons;
    }
}
