package uk.hearth.onboarding.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.hearth.lots.domain.Lot;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.time.WorkingDayCalendar;

/**
 * A provider's application to join one lot. Keeps its own rules: answers change only while a draft;
 * submission needs every required answer; the council must decide within 10 working days of submission
 * (England and Wales), extendable once to 15 with a reason; admission needs every section passed.
 */
@Entity
@Table(name = "lot_application")
@NamedQuery(name = LotApplication.OF_ORGANISATION,
        query = "select a from LotApplication a join fetch a.lot where a.organisation.id = :organisationId order by a.createdAt desc")
@NamedQuery(name = LotApplication.OPEN_FOR_LOT,
        query = "select a from LotApplication a where a.organisation.id = :organisationId and a.lot.id = :lotId"
                + " and a.status <> uk.hearth.onboarding.domain.ApplicationStatus.REJECTED")
@NamedQuery(name = LotApplication.AWAITING_DECISION,
        query = "select a from LotApplication a join fetch a.organisation join fetch a.lot where a.status in"
                + " (uk.hearth.onboarding.domain.ApplicationStatus.SUBMITTED, uk.hearth.onboarding.domain.ApplicationStatus.CLARIFICATION_REQUESTED)"
                + " order by a.decisionDueOn, a.submittedAt")
// What an application's page shows, in one query each: a single query cannot fetch more than one of its lists.
@NamedQuery(name = LotApplication.BY_ID, query = "select a from LotApplication a where a.id = :id")
@NamedEntityGraph(name = LotApplication.WHOLE, attributeNodes = {@NamedAttributeNode("organisation"),
        @NamedAttributeNode("lot"), @NamedAttributeNode(value = "questionnaire", subgraph = "sections")},
        subgraphs = @NamedSubgraph(name = "sections", attributeNodes = @NamedAttributeNode("sections")))
@NamedEntityGraph(name = LotApplication.WITH_ANSWERS,
        attributeNodes = @NamedAttributeNode(value = "answers", subgraph = "documents"),
        subgraphs = @NamedSubgraph(name = "documents", attributeNodes = @NamedAttributeNode("document")))
@NamedQuery(name = LotApplication.WITH_HOMES,
        query = "select a from LotApplication a left join fetch a.offeredHomes where a.id = :id")
@NamedQuery(name = LotApplication.WITH_EVALUATIONS,
        query = "select a from LotApplication a left join fetch a.evaluations where a.id = :id")
@NamedQuery(name = LotApplication.WITH_CLARIFICATIONS,
        query = "select a from LotApplication a left join fetch a.clarifications where a.id = :id")
public class LotApplication implements Versioned {

    public static final String OF_ORGANISATION = "LotApplication.ofOrganisation";
    public static final String OPEN_FOR_LOT = "LotApplication.openForLot";
    public static final String AWAITING_DECISION = "LotApplication.awaitingDecision";
    public static final String BY_ID = "LotApplication.byId";
    public static final String WHOLE = "LotApplication.whole";
    public static final String WITH_ANSWERS = "LotApplication.withAnswers";
    public static final String WITH_HOMES = "LotApplication.withHomes";
    public static final String WITH_EVALUATIONS = "LotApplication.withEvaluations";
    public static final String WITH_CLARIFICATIONS = "LotApplication.withClarifications";
    public static final int DECISION_WORKING_DAYS = 10;
    public static final int EXTENDED_DECISION_WORKING_DAYS = 15;
    public static final int REASON_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private Lot lot;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ApplicationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "decision_due_on")
    private LocalDate decisionDueOn;

    @Column(name = "extension_reason", length = REASON_LENGTH)
    private String extensionReason;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "decided_by"))
    @AttributeOverride(name = "at", column = @Column(name = "decided_at"))
    private Act decided;

    @Column(name = "decision_reasons", length = REASON_LENGTH)
    private String decisionReasons;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Answer> answers = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "application_home", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "home_id"))
    private Set<Home> offeredHomes = new HashSet<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SectionEvaluation> evaluations = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("asked.at")
    private List<Clarification> clarifications = new ArrayList<>();

    @Version
    private long version;

    protected LotApplication() {
    }

    public LotApplication(Organisation organisation, Questionnaire questionnaire, Instant createdAt) {
        this.organisation = organisation;
        this.lot = questionnaire.getLot();
        this.questionnaire = questionnaire;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = createdAt;
    }

    // ---- provider side ----

    public void answer(Question question, AnswerInput input) {
        requireDraft();
        answerTo(question).record(input);
    }

    public void attach(Question question, ProviderDocument document) {
        requireDraft();
        answerTo(question).attach(document);
    }

    /** The homes offered under the lot; each must belong to the applicant, be open and be under this lot. */
    public void offerHomes(Set<Home> homes) {
        requireDraft();
        for (Home home : homes) {
            if (!home.getOrganisation().getId().equals(organisation.getId()) || !home.isOpen()
                    || !home.getLot().getId().equals(lot.getId())) {
                throw new BusinessException("‘" + home.getName() + "’ cannot be offered under " + lot.getName()
                        + ": only your open homes registered under this lot can.");
            }
        }
        offeredHomes = new HashSet<>(homes);
    }

    /** Required questions without a complete answer, in questionnaire order. */
    public List<String> missingAnswers() {
        return questionnaire.questions()
                .filter(Question::isRequired)
                .filter(q -> !isAnswered(q))
                .map(q -> q.getSection().getTitle() + ": " + q.getText())
                .toList();
    }

    private boolean isAnswered(Question question) {
        return question.getAnswerType() == AnswerType.HOMES
                ? !offeredHomes.isEmpty()
                : answerFor(question).map(Answer::isComplete).orElse(false);
    }

    public void submit(Instant now, LocalDate today) {
        requireDraft();
        List<String> missing = missingAnswers();
        if (!missing.isEmpty()) {
            throw new IncompleteApplicationException(missing);
        }
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        submittedOn = today;
        decisionDueOn = WorkingDayCalendar.plusWorkingDays(today, DECISION_WORKING_DAYS);
    }

    public void answerClarification(long clarificationId, String text, Act answered) {
        if (status != ApplicationStatus.CLARIFICATION_REQUESTED) {
            throw new WrongStateException("There is no clarification waiting for an answer on this application.");
        }
        Clarification clarification = clarifications.stream().filter(c -> c.getId() == clarificationId)
                .findFirst().orElseThrow(() -> new BusinessException("That clarification is not part of this application."));
        if (clarification.hasAnswer()) {
            throw new WrongStateException("That clarification has already been answered.");
        }
        clarification.answer(text.strip(), answered);
        if (clarifications.stream().allMatch(Clarification::hasAnswer)) {
            status = ApplicationStatus.SUBMITTED;
        }
    }

    // ---- council side ----

    public void evaluate(QuestionnaireSection section, SectionOutcome outcome, String comment, Act evaluated) {
        requireAwaitingDecision();
        if (!questionnaire.getSections().contains(section)) {
            throw new BusinessException("That section is not part of this application's questionnaire.");
        }
        if (outcome == SectionOutcome.FAIL && (comment == null || comment.isBlank())) {
            throw new BusinessException("comment", "Say why the section fails: the provider will be told.");
        }
        SectionEvaluation evaluation = evaluationOf(section).orElseGet(() -> {
            SectionEvaluation created = new SectionEvaluation(this, section);
            evaluations.add(created);
            return created;
        });
        evaluation.record(outcome, comment == null || comment.isBlank() ? null : comment.strip(), evaluated);
    }

    public Clarification askClarification(String question, Act asked) {
        requireAwaitingDecision();
        Clarification clarification = new Clarification(this, question.strip(), asked);
        clarifications.add(clarification);
        status = ApplicationStatus.CLARIFICATION_REQUESTED;
        return clarification;
    }

    public void extendDecisionDeadline(String reason) {
        requireAwaitingDecision();
        if (extensionReason != null) {
            throw new WrongStateException("The decision deadline has already been extended once, to "
                    + EXTENDED_DECISION_WORKING_DAYS + " working days.");
        }
        extensionReason = reason.strip();
        decisionDueOn = WorkingDayCalendar.plusWorkingDays(submittedOn, EXTENDED_DECISION_WORKING_DAYS);
    }

    public void admit(Act decided) {
        requireAwaitingDecision();
        List<String> notPassed = questionnaire.getSections().stream()
                .filter(s -> evaluationOf(s).map(e -> e.getOutcome() != SectionOutcome.PASS).orElse(true))
                .map(s -> s.getTitle() + evaluationOf(s).map(e -> " (failed)").orElse(" (not evaluated)"))
                .toList();
        if (!notPassed.isEmpty()) {
            throw new WrongStateException("The provider can be admitted only when every section has passed. Not passed: "
                    + String.join(", ", notPassed) + ".");
        }
        decide(ApplicationStatus.ADMITTED, null, decided);
    }

    public void reject(String reasons, Act decided) {
        requireAwaitingDecision();
        decide(ApplicationStatus.REJECTED, reasons.strip(), decided);
    }

    private void decide(ApplicationStatus outcome, String reasons, Act decided) {
        status = outcome;
        decisionReasons = reasons;
        this.decided = decided;
    }

    public boolean isOverdue(LocalDate today) {
        return status.awaitingDecision() && decisionDueOn != null && today.isAfter(decisionDueOn);
    }

    /** Working days left until the decision is due (negative once overdue); empty before submission. */
    public Optional<Integer> workingDaysLeft(LocalDate today) {
        if (decisionDueOn == null || !status.awaitingDecision()) {
            return Optional.empty();
        }
        return Optional.of(today.isAfter(decisionDueOn)
                ? -WorkingDayCalendar.workingDaysBetween(decisionDueOn, today)
                : WorkingDayCalendar.workingDaysBetween(today, decisionDueOn));
    }

    private void requireDraft() {
        if (status != ApplicationStatus.DRAFT) {
            throw new WrongStateException("This application has been submitted, so its answers can no longer be changed.");
        }
    }

    private void requireAwaitingDecision() {
        if (!status.awaitingDecision()) {
            throw new WrongStateException(status == ApplicationStatus.DRAFT
                    ? "This application has not been submitted yet."
                    : "A decision has already been made on this application.");
        }
    }

    private Answer answerTo(Question question) {
        if (questionnaire.questions().noneMatch(question::equals)) {
            throw new BusinessException("That question is not part of this application's questionnaire.");
        }
        return answerFor(question).orElseGet(() -> {
            Answer created = new Answer(this, question);
            answers.add(created);
            return created;
        });
    }

    public Optional<Answer> answerFor(Question question) {
        return answers.stream().filter(a -> a.getQuestion().equals(question)).findFirst();
    }

    public Optional<SectionEvaluation> evaluationOf(QuestionnaireSection section) {
        return evaluations.stream().filter(e -> e.getSection().equals(section)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Lot getLot() {
        return lot;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public LocalDate getDecisionDueOn() {
        return decisionDueOn;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public Act getDecided() {
        return decided;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }

    public Set<Home> getOfferedHomes() {
        return Set.copyOf(offeredHomes);
    }

    public List<SectionEvaluation> getEvaluations() {
        return List.copyOf(evaluations);
    }

    public List<Clarification> getClarifications() {
        return List.copyOf(clarifications);
    }

    @Override
    public long getVersion() {
        return version;
    }
}
