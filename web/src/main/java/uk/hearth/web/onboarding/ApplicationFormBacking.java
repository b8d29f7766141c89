package uk.hearth.web.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.servlet.http.Part;
import uk.hearth.onboarding.application.LotApplications;
import uk.hearth.onboarding.domain.AnswerInput;
import uk.hearth.onboarding.domain.AnswerType;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.Question;
import uk.hearth.onboarding.domain.QuestionnaireSection;
import uk.hearth.onboarding.domain.SectionEvaluation;
import uk.hearth.organisations.application.ProviderHomes;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;
import uk.hearth.web.shared.Uploads;

/** provider/application.xhtml: the selection questionnaire of one lot, from draft to decision. */
@Named
@ViewScoped
public class ApplicationFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LotApplications lotApplications;

    @Inject
    private ProviderHomes providerHomes;

    @Inject
    private HearthClock clock;

    private Long id;
    private LotApplication application;
    private Map<Long, AnswerForm> answers;
    private List<Home> homeChoices;
    private Long[] homeIds;
    private Long documentQuestionId;
    // Only for the request that uploads it: a file part is never kept with the view.
    private transient Part file;
    private LocalDate expiry;
    private final Map<Long, String> clarificationAnswers = new HashMap<>();

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The application");
        }
        show(lotApplications.myApplication(id));
        homeChoices = providerHomes.myHomes().stream()
                .filter(h -> h.isOpen() && h.getLot().getId().equals(application.getLot().getId())).toList();
    }

    private void show(LotApplication loaded) {
        application = loaded;
        answers = application.getQuestionnaire().questions()
                .collect(Collectors.toMap(Question::getId, q -> AnswerForm.of(application.answerFor(q).orElse(null))));
        homeIds = application.getOfferedHomes().stream().map(Home::getId).toArray(Long[]::new);
    }

    public void save() {
        saveDraft().ifPresent(saved -> FacesMessages.info("Your answers are saved. "
                + (saved.missingAnswers().isEmpty() ? "Every question is answered: you can submit the application."
                        : saved.missingAnswers().size() + " required answers are still to do.")));
    }

    public void submit() {
        saveDraft().flatMap(saved -> ServiceCalls.attempt(() -> lotApplications.submit(saved.getId(), saved.getVersion())))
                .ifPresent(submitted -> {
                    show(submitted);
                    FacesMessages.info("Your application is submitted. The council will decide by "
                            + submitted.getDecisionDueOn() + ".");
                });
    }

    public void upload() {
        Question question = documentQuestions().stream().filter(q -> q.getId().equals(documentQuestionId)).findFirst()
                .orElse(null);
        if (question == null) {
            FacesMessages.error("Choose which document you are uploading.");
            return;
        }
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("Choose a file to upload for: " + question.getText());
            return;
        }
        String fileName = file.getSubmittedFileName();
        byte[] content = Uploads.bytesOf(file);
        ServiceCalls.attempt(() -> lotApplications.attach(id, question.getId(), fileName, content, expiry))
                .ifPresent(saved -> {
                    show(saved);
                    FacesMessages.info("‘" + fileName + "’ is attached.");
                });
        file = null;
        expiry = null;
        documentQuestionId = null;
    }

    public void answerClarification(long clarificationId) {
        ServiceCalls.attempt(() -> lotApplications.answerClarification(id, clarificationId,
                clarificationAnswers.get(clarificationId))).ifPresent(saved -> {
                    show(saved);
                    FacesMessages.info("Your answer was sent to the council.");
                });
    }

    private Optional<LotApplication> saveDraft() {
        Map<Long, AnswerInput> inputs = answers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toInput()));
        Optional<LotApplication> saved = ServiceCalls.attempt(() -> lotApplications.saveDraft(id, application.getVersion(),
                inputs, Set.of(homeIds)));
        saved.ifPresent(this::show);
        return saved;
    }

    public boolean isDraft() {
        return application.getStatus() == uk.hearth.onboarding.domain.ApplicationStatus.DRAFT;
    }

    public List<Question> documentQuestions() {
        return application.getQuestionnaire().questions().filter(q -> q.getAnswerType() == AnswerType.DOCUMENT).toList();
    }

    public ProviderDocument documentFor(Question question) {
        return application.answerFor(question).map(a -> a.getDocument()).orElse(null);
    }

    public SectionEvaluation evaluationOf(QuestionnaireSection section) {
        return application.evaluationOf(section).orElse(null);
    }

    public Integer getWorkingDaysLeft() {
        return application.workingDaysLeft(clock.today()).orElse(null);
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

    public Map<Long, AnswerForm> getAnswers() {
        return answers;
    }

    public List<Home> getHomeChoices() {
        return homeChoices;
    }

    public Long[] getHomeIds() {
        return homeIds;
    }

    public void setHomeIds(Long[] homeIds) {
        this.homeIds = homeIds;
    }

    public Long getDocumentQuestionId() {
        return documentQuestionId;
    }

    public void setDocumentQuestionId(Long documentQuestionId) {
        this.documentQuestionId = documentQuestionId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public void setExpiry(LocalDate expiry) {
        this.expiry = expiry;
    }

    public Map<Long, String> getClarificationAnswers() {
        return clarificationAnswers;
    }
}
