package uk.hearth.onboarding.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.onboarding.domain.AnswerInput;
import uk.hearth.onboarding.domain.AnswerType;
import uk.hearth.onboarding.domain.Clarification;
import uk.hearth.onboarding.domain.LotApplication;
import uk.hearth.onboarding.domain.LotApplicationRepository;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.LotMembershipRepository;
import uk.hearth.onboarding.domain.Question;
import uk.hearth.onboarding.domain.Questionnaire;
import uk.hearth.onboarding.domain.QuestionnaireRepository;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeRepository;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * The provider's side of joining lots: start an application (one per lot, at any time, since the dynamic
 * purchasing system never closes), answer and attach, submit, answer clarifications. Every method works on the
 * caller's own organisation; another organisation's application is "not found".
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class LotApplications {

    @Inject
    private LotApplicationRepository applications;

    @Inject
    private LotMembershipRepository memberships;

    @Inject
    private QuestionnaireRepository questionnaires;

    @Inject
    private HomeRepository homes;

    @Inject
    private CallerProfiles callers;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProviderNotices notices;

    @Inject
    private HearthClock clock;

    @RolesAllowed(Roles.PROVIDER)
    public List<LotApplication> myApplications() {
        return applications.ofOrganisation(callers.requireOrganisation().getId());
    }

    @RolesAllowed(Roles.PROVIDER)
    public List<LotMembership> myMemberships() {
        return memberships.ofOrganisation(callers.requireOrganisation().getId());
    }

    @RolesAllowed(Roles.PROVIDER)
    public LotApplication start(long lotId) {
        Organisation organisation = callers.requireOrganisation();
        if (applications.hasOpenApplication(organisation.getId(), lotId)) {
            throw new BusinessException("Your organisation already has an application for this lot: carry on with that one.");
        }
        Questionnaire questionnaire = questionnaires.findLatestForLot(lotId)
                .orElseThrow(() -> new RecordNotFoundException("The lot"));
        LotApplication application = new LotApplication(organisation, questionnaire, clock.now());
        applications.add(application);
        audit.record("application.started", "LotApplication", application.getId(),
                organisation.getLegalName() + " started an application to " + questionnaire.getLot().getName()
                        + " (questionnaire version " + questionnaire.getVersion() + ")");
        return applications.getWhole(application.getId());
    }

    @RolesAllowed(Roles.PROVIDER)
    public LotApplication myApplication(long applicationId) {
        return own(applicationId);
    }

    /** Saves a draft: answers by question id, and the homes offered. Unanswered questions may stay empty. */
    @RolesAllowed(Roles.PROVIDER)
    public LotApplication saveDraft(long applicationId, long versionSeen, @NotNull Map<Long, AnswerInput> answers,
            @NotNull Set<Long> homeIds) {
        LotApplication application = own(applicationId, versionSeen);
        Map<Long, Question> questions = application.getQuestionnaire().questions()
                .collect(Collectors.toMap(Question::getId, q -> q));
        answers.forEach((questionId, input) -> {
            Question question = questions.get(questionId);
            if (question == null) {
                throw new BusinessException("That question is not part of this application's questionnaire.");
            }
            if (question.getAnswerType() != AnswerType.DOCUMENT && question.getAnswerType() != AnswerType.HOMES) {
                application.answer(question, input);
            }
        });
        // Only the caller's own homes: another organisation's is "not found", and never named.
        long organisationId = application.getOrganisation().getId();
        Set<Home> offered = homeIds.stream().map(id -> homes.getOfOrganisation(id, organisationId))
                .collect(Collectors.toSet());
        application.offerHomes(offered);
        applications.checkCurrent(application);
        audit.record("application.saved", "LotApplication", application.getId(), "Draft saved: "
                + answers.size() + " answers, " + offered.size() + " homes offered; "
                + application.missingAnswers().size() + " required answers still missing");
        return applications.getWhole(application.getId());
    }

    /** Uploads a file as the answer to a document question (checked by content before anything is kept). */
    @RolesAllowed(Roles.PROVIDER)
    public LotApplication attach(long applicationId, long questionId, String fileName, @NotNull byte[] content,
            LocalDate expiresOn) {
        LotApplication application = own(applicationId);
        Question question = application.getQuestionnaire().questions().filter(q -> q.getId() == questionId)
                .filter(q -> q.getAnswerType() == AnswerType.DOCUMENT).findFirst()
                .orElseThrow(() -> new BusinessException("That question does not take a document."));
        ProviderDocument document = documents.upload(fileName, content, question.getDocumentCategory(), question.getCode(),
                expiresOn);
        application.attach(question, document);
        audit.record("application.document-attached", "LotApplication", application.getId(),
                "‘" + document.getFile().fileName() + "’ attached to: " + question.getText());
        return applications.getWhole(application.getId());
    }

    @RolesAllowed(Roles.PROVIDER)
    public LotApplication submit(long applicationId, long versionSeen) {
        LotApplication application = own(applicationId, versionSeen);
        application.submit(clock.now(), clock.today());
        audit.record("application.submitted", "LotApplication", application.getId(),
                application.getOrganisation().getLegalName() + " submitted its application to "
                        + application.getLot().getName() + "; decision due by " + application.getDecisionDueOn());
        notices.tell(application.getOrganisation(), "application to " + application.getLot().getName() + " received",
                "The council has received your application to join " + application.getLot().getName()
                        + ". It will decide by " + application.getDecisionDueOn()
                        + " (10 working days). If it needs more information it will ask you in Hearth.");
        return applications.getWhole(application.getId());
    }

    @RolesAllowed(Roles.PROVIDER)
    public LotApplication answerClarification(long applicationId, long clarificationId,
            @NotBlank(message = "Write your answer to the clarification.")
            @Size(max = Clarification.TEXT_LENGTH, message = "The answer must be 2,000 characters or fewer.") String answer) {
        LotApplication application = own(applicationId);
        application.answerClarification(clarificationId, answer, callers.act());
        audit.record("application.clarification-answered", "LotApplication", application.getId(),
                "Clarification " + clarificationId + " answered: " + answer.strip());
        return applications.getWhole(application.getId());
    }

    /** One of the caller's applications, whole; another organisation's is "not found", whatever its id. */
    private LotApplication own(long applicationId) {
        LotApplication application = applications.getWhole(applicationId);
        if (!application.getOrganisation().getId().equals(callers.requireOrganisation().getId())) {
            throw new RecordNotFoundException("The application");
        }
        return application;
    }

    private LotApplication own(long applicationId, long versionSeen) {
        return applications.getForChange(own(applicationId).getId(), versionSeen);
    }
}
