package uk.hearth.uplifts.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.requests.domain.Placement;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.NotAllowedException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.shared.time.WorkingDayCalendar;

/**
 * A provider's answer for one placement in a fee review: the standard uplift accepted (waiting for the council's
 * approval in bulk) or more asked for, with a cost breakdown, a case against the published criteria and evidence,
 * saved as a draft until submitted. The council approves, part-approves or rejects it; the decision sets the fee
 * the placement has from the window's effective date, and what is owed for the days already past.
 */
@Entity
@Table(name = "uplift_request")
@NamedEntityGraph(name = UpliftRequest.WHOLE, attributeNodes = {
        @NamedAttributeNode("organisation"), @NamedAttributeNode("window"), @NamedAttributeNode("evidence"),
        @NamedAttributeNode("letter"), @NamedAttributeNode("earlierClarifications"),
        @NamedAttributeNode(value = "placement", subgraph = "placement")},
        subgraphs = @NamedSubgraph(name = "placement", attributeNodes = {
                @NamedAttributeNode("home"), @NamedAttributeNode("fees"), @NamedAttributeNode("request")}))
@NamedEntityGraph(name = UpliftRequest.ROW, attributeNodes = {
        @NamedAttributeNode("organisation"), @NamedAttributeNode(value = "placement", subgraph = "placement")},
        subgraphs = {
                @NamedSubgraph(name = "placement", attributeNodes = {
                        @NamedAttributeNode("home"), @NamedAttributeNode(value = "request", subgraph = "request")}),
                @NamedSubgraph(name = "request", attributeNodes = @NamedAttributeNode("lot"))})
@NamedQuery(name = UpliftRequest.BY_ID, query = "select r from UpliftRequest r where r.id = :id")
@NamedQuery(name = UpliftRequest.QUEUE, query = "select r.id from UpliftRequest r where r.window.id = :windowId"
        + " and r.status <> :draft"
        + " order by case when r.status = :waiting or r.status = :review then 0 else 1 end, r.decisionDue, r.id")
@NamedQuery(name = UpliftRequest.OF_WINDOW, query = "select r from UpliftRequest r where r.window.id = :windowId"
        + " and r.status <> :draft order by r.id")
@NamedQuery(name = UpliftRequest.QUEUE_ENTRIES, query = "select new uk.hearth.uplifts.domain.QueueEntry(r.id, r.reference,"
        + " o.legalName, p.reference, h.name, l.name, r.kind, r.status, r.currentFee, r.standardFee, r.proposedFee,"
        + " r.decisionDue) from UpliftRequest r join r.organisation o join r.placement p join p.home h join p.request q"
        + " join q.lot l where r.id in :ids")
@NamedQuery(name = UpliftRequest.COUNT_QUEUE,
        query = "select count(r) from UpliftRequest r where r.window.id = :windowId and r.status <> :draft")
@NamedQuery(name = UpliftRequest.OF_ORGANISATION_IN_WINDOW, query = "select r from UpliftRequest r join fetch r.placement"
        + " where r.window.id = :windowId and r.organisation.id = :organisationId order by r.id")
@NamedQuery(name = UpliftRequest.OF_ORGANISATION, query = "select r from UpliftRequest r join fetch r.window"
        + " join fetch r.placement where r.organisation.id = :organisationId order by r.id desc")
@NamedQuery(name = UpliftRequest.FOR_PLACEMENT,
        query = "select r from UpliftRequest r where r.window.id = :windowId and r.placement.id = :placementId")
@NamedQuery(name = UpliftRequest.STANDARD_WAITING, query = "select r from UpliftRequest r join fetch r.organisation"
        + " join fetch r.placement where r.window.id = :windowId and r.kind = :standard and r.status = :waiting order by r.id")
@NamedQuery(name = UpliftRequest.DECIDED_IN, query = "select r from UpliftRequest r where r.window.id in :windowIds"
        + " and r.status in :decided order by r.window.id, r.id")
@NamedQuery(name = UpliftRequest.COUNT_BY_STATUS, query = "select r.status, count(r) from UpliftRequest r"
        + " where r.window.id = :windowId group by r.status")
public class UpliftRequest implements Versioned {

    public static final String WHOLE = "UpliftRequest.whole";
    /** Fetch plan of a request listed in a table or an export: provider, placement, home and lot. */
    public static final String ROW = "UpliftRequest.row";
    public static final String BY_ID = "UpliftRequest.byId";
    public static final String QUEUE = "UpliftRequest.queue";
    public static final String OF_WINDOW = "UpliftRequest.ofWindow";
    public static final String QUEUE_ENTRIES = "UpliftRequest.queueEntries";
    public static final String COUNT_QUEUE = "UpliftRequest.countQueue";
    public static final String OF_ORGANISATION_IN_WINDOW = "UpliftRequest.ofOrganisationInWindow";
    public static final String OF_ORGANISATION = "UpliftRequest.ofOrganisation";
    public static final String FOR_PLACEMENT = "UpliftRequest.forPlacement";
    public static final String STANDARD_WAITING = "UpliftRequest.standardWaiting";
    public static final String DECIDED_IN = "UpliftRequest.decidedIn";
    public static final String COUNT_BY_STATUS = "UpliftRequest.countByStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Lengths.REFERENCE)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    private FeeReviewWindow window;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UpliftKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UpliftStatus status;

    @Column(name = "current_fee", nullable = false)
    private Money currentFee;

    @Column(name = "standard_fee", nullable = false)
    private Money standardFee;

    @Column(name = "proposed_fee")
    private Money proposedFee;

    @Column(name = "lower_fee_intended", nullable = false)
    private boolean lowerFeeIntended;

    @Column(name = "case_for_uplift", length = Lengths.TEXT)
    private String caseForUplift;

    @Embedded
    private CostBreakdown breakdown;

    @ManyToMany
    @JoinTable(name = "uplift_evidence", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    private Set<ProviderDocument> evidence = new HashSet<>();

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "created_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "created_at", nullable = false))
    private Act created;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "submitted_by"))
    @AttributeOverride(name = "at", column = @Column(name = "submitted_at"))
    private Act submitted;

    @Column(name = "decision_due")
    private LocalDate decisionDue;

    @Column(name = "approved_fee")
    private Money approvedFee;

    @Column(name = "decision_reasons", length = Lengths.TEXT)
    private String decisionReasons;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "decided_by"))
    @AttributeOverride(name = "at", column = @Column(name = "decided_at"))
    private Act decided;

    @Column(name = "back_pay")
    private Money backPay;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_document_id")
    private ProviderDocument letter;

    @Column(name = "clarification_question", length = Lengths.REASON)
    private String clarificationQuestion;

    /** The questions before the latest, oldest first; the latest is in the clarification fields. */
    @ElementCollection
    @CollectionTable(name = "uplift_clarification", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "asked.username", column = @Column(name = "asked_by"))
    @AttributeOverride(name = "asked.at", column = @Column(name = "asked_at"))
    @AttributeOverride(name = "answered.username", column = @Column(name = "answered_by"))
    @AttributeOverride(name = "answered.at", column = @Column(name = "answered_at"))
    private List<EarlierClarification> earlierClarifications = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "clarification_asked_by"))
    @AttributeOverride(name = "at", column = @Column(name = "clarification_asked_at"))
    private Act clarificationAsked;

    @Column(name = "clock_paused", nullable = false)
    private boolean clockPaused;

    @Column(name = "clarification_answer", length = Lengths.TEXT)
    private String clarificationAnswer;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "clarification_answered_by"))
    @AttributeOverride(name = "at", column = @Column(name = "clarification_answered_at"))
    private Act clarificationAnswered;

    /** The first decision, kept when the provider asks for its review. */
    @Enumerated(EnumType.STRING)
    @Column(name = "first_status", length = 30)
    private UpliftStatus firstStatus;

    @Column(name = "first_approved_fee")
    private Money firstApprovedFee;

    @Column(name = "first_reasons", length = Lengths.TEXT)
    private String firstReasons;

    @Column(name = "first_decided_by", length = Lengths.USERNAME)
    private String firstDecidedBy;

    @Column(name = "review_reasons", length = Lengths.TEXT)
    private String reviewReasons;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "review_asked_by"))
    @AttributeOverride(name = "at", column = @Column(name = "review_asked_at"))
    private Act reviewAsked;

    @Version
    private long version;

    /** How long after a decision the provider may ask for its review. */
    public static final int REVIEW_WORKING_DAYS = 10;

    protected UpliftRequest() {
    }

    private UpliftRequest(String reference, FeeReviewWindow window, Placement placement, UpliftKind kind, Money currentFee,
            Act created) {
        this.reference = reference;
        this.window = window;
        this.organisation = placement.getOrganisation();
        this.placement = placement;
        this.kind = kind;
        this.currentFee = currentFee;
        this.standardFee = FeeChange.byPercent(currentFee, window.standardUpliftFor(placement.getRequest().getLot().getId())).to();
        this.created = created;
        this.status = UpliftStatus.DRAFT;
        this.breakdown = CostBreakdown.EMPTY;
    }

    /** The standard uplift accepted for the placement: submitted at once, for the council to approve in bulk. */
    public static UpliftRequest acceptingStandard(String reference, FeeReviewWindow window, Placement placement,
            Money currentFee, Act accepted) {
        UpliftRequest request = new UpliftRequest(reference, window, placement, UpliftKind.STANDARD, currentFee, accepted);
        request.markSubmitted(accepted);
        return request;
    }

    /** A draft asking for more than the standard uplift, to be completed and submitted. */
    public static UpliftRequest askingMore(String reference, FeeReviewWindow window, Placement placement,
            Money currentFee, Act started) {
        return new UpliftRequest(reference, window, placement, UpliftKind.ABOVE_STANDARD, currentFee, started);
    }

    public void saveDraft(AboveStandardDetails details) {
        requireDraft();
        this.proposedFee = Money.ofNullable(details.proposedWeeklyFee());
        this.lowerFeeIntended = details.lowerFeeIntended();
        this.caseForUplift = details.caseForUplift() == null || details.caseForUplift().isBlank() ? null
                : details.caseForUplift().strip();
        this.breakdown = details.breakdown();
    }

    public void addEvidence(ProviderDocument document) {
        requireDraft();
        evidence.add(document);
    }

    public void removeEvidence(long documentId) {
        requireDraft();
        evidence.removeIf(d -> d.getId() == documentId);
    }

    /** What a submission still lacks, in the words the form uses; empty when it may be submitted. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (proposedFee == null) {
            missing.add("the proposed weekly fee");
        }
        missing.addAll(breakdown.missing());
        if (caseForUplift == null) {
            missing.add("the case against the published criteria");
        }
        if (evidence.isEmpty()) {
            missing.add("at least one piece of evidence");
        }
        return missing;
    }

    /**
     * Sends the draft to the council: complete, and not below the current fee unless the provider said it means a
     * lower fee.
     */
    public void submit(Act submittedNow) {
        requireDraft();
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new BusinessException("Before submitting, add " + String.join(", ", missing) + ".");
        }
        if (proposedFee.isLessThan(currentFee) && !lowerFeeIntended) {
            throw new BusinessException("proposedWeeklyFee", "The proposed fee " + proposedFee + " is below the current fee "
                    + currentFee + ": tick the box if you mean to lower it.");
        }
        markSubmitted(submittedNow);
    }

    private void markSubmitted(Act submittedNow) {
        this.status = UpliftStatus.SUBMITTED;
        this.submitted = submittedNow;
        this.decisionDue = window.decisionDueFor(dayOf(submittedNow));
    }

    /**
     * The council's decision. Approval gives what was asked (the standard fee for an acceptance); part-approval an
     * amount between the current fee and the one asked, with reasons; rejection leaves the fee as it is, with
     * reasons. The fee owed for days since the effective date is worked out from the day of the decision.
     */
    public void decide(UpliftDecision decision, Act decidedNow, LocalDate decidedOn) {
        if (status != UpliftStatus.SUBMITTED) {
            throw new WrongStateException(reference + " is " + status.label().toLowerCase() + ": there is nothing to decide.");
        }
        apply(decision, decidedNow, decidedOn);
    }

    /**
     * The council asks the provider a question about the request. The decision clock keeps running unless the
     * officer pauses it; a paused clock adds the working days the answer took to the decision date.
     */
    public void askClarification(String question, boolean pauseClock, Act asked) {
        if (status != UpliftStatus.SUBMITTED) {
            throw new WrongStateException(reference + " is " + status.label().toLowerCase() + ": there is nothing to clarify.");
        }
        if (isAwaitingClarification()) {
            throw new WrongStateException(reference + " is already waiting for the provider's answer.");
        }
        if (question == null || question.isBlank()) {
            throw new BusinessException("question", "Write the question for the provider.");
        }
        if (clarificationQuestion != null) {
            earlierClarifications.add(new EarlierClarification(clarificationQuestion, clarificationAsked, clockPaused,
                    clarificationAnswer, clarificationAnswered));
        }
        this.clarificationQuestion = question.strip();
        this.clarificationAsked = asked;
        this.clockPaused = pauseClock;
        this.clarificationAnswer = null;
        this.clarificationAnswered = null;
    }

    public void answerClarification(String answer, Act answered) {
        if (!isAwaitingClarification()) {
            throw new WrongStateException("The council has no question waiting on " + reference + ".");
        }
        if (answer == null || answer.isBlank()) {
            throw new BusinessException("answer", "Write your answer to the council's question.");
        }
        this.clarificationAnswer = answer.strip();
        this.clarificationAnswered = answered;
        if (clockPaused) {
            int paused = WorkingDayCalendar.workingDaysBetween(dayOf(clarificationAsked), dayOf(answered));
            decisionDue = WorkingDayCalendar.plusWorkingDays(decisionDue, paused);
        }
    }

    public boolean isAwaitingClarification() {
        return clarificationQuestion != null && clarificationAnswered == null && status == UpliftStatus.SUBMITTED;
    }

    /**
     * The provider asks once, with reasons, within {@value #REVIEW_WORKING_DAYS} working days of the decision, for
     * a different officer to review it; the first decision is kept, and the review is due in the window's working days.
     */
    public void askForReview(String reasons, Act asked, LocalDate today) {
        if (reviewAsked != null) {
            throw new WrongStateException("A review of " + reference + " was asked for once already; its outcome is final.");
        }
        if (!status.isDecided()) {
            throw new WrongStateException(reference + " has not been decided: there is nothing to review yet.");
        }
        LocalDate lastDay = reviewByDay();
        if (today.isAfter(lastDay)) {
            throw new DeadlinePassedException("A review had to be asked for by " + lastDay + ", 10 working days after the decision.");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessException("reasons", "Say why the decision should be reviewed.");
        }
        this.firstStatus = status;
        this.firstApprovedFee = approvedFee;
        this.firstReasons = decisionReasons;
        this.firstDecidedBy = decided.username();
        this.reviewReasons = reasons.strip();
        this.reviewAsked = asked;
        this.status = UpliftStatus.UNDER_REVIEW;
        this.decisionDue = window.decisionDueFor(today);
    }

    /**
     * The decision that stands: while a review is pending, the first one (its fee, date and officer are kept until
     * the review decides); otherwise the status itself, decided or not.
     */
    public UpliftStatus decisionInForce() {
        return status == UpliftStatus.UNDER_REVIEW ? firstStatus : status;
    }

    /** The last day a review may be asked for. */
    public LocalDate reviewByDay() {
        return WorkingDayCalendar.plusWorkingDays(dayOf(decided), REVIEW_WORKING_DAYS);
    }

    public boolean mayAskForReviewOn(LocalDate today) {
        return reviewAsked == null && status.isDecided() && !today.isAfter(reviewByDay());
    }

    /** The review's outcome, final: decided by an officer other than the one who decided first. */
    public void decideReview(UpliftDecision decision, Act decidedNow, LocalDate decidedOn) {
        if (status != UpliftStatus.UNDER_REVIEW) {
            throw new WrongStateException(reference + " is not under review.");
        }
        if (decidedNow.username().equals(firstDecidedBy)) {
            throw new NotAllowedException("A different officer from the one who decided " + reference + " decides its review.");
        }
        apply(decision, decidedNow, decidedOn);
    }

    public boolean isReviewed() {
        return reviewAsked != null && status != UpliftStatus.UNDER_REVIEW;
    }

    private static LocalDate dayOf(Act act) {
        return act.at().atZone(HearthClock.LONDON).toLocalDate();
    }

    private void apply(UpliftDecision decision, Act decidedNow, LocalDate decidedOn) {
        String reasons = decision.reasons() == null || decision.reasons().isBlank() ? null : decision.reasons().strip();
        Money asked = askedFee();
        switch (decision.outcome()) {
            case APPROVE -> {
                approvedFee = asked;
                status = UpliftStatus.APPROVED;
            }
            case PART_APPROVE -> {
                if (kind == UpliftKind.STANDARD) {
                    throw new WrongStateException("The standard uplift is approved or rejected whole.");
                }
                Money part = Money.ofNullable(decision.approvedWeeklyFee());
                if (part == null || !part.isMoreThan(currentFee) || !part.isLessThan(asked)) {
                    throw new BusinessException("approvedWeeklyFee", "Part-approve a weekly fee above the current " + currentFee
                            + " and below the " + asked + " asked for.");
                }
                requireReasons(reasons);
                approvedFee = part;
                status = UpliftStatus.PART_APPROVED;
            }
            case REJECT -> {
                requireReasons(reasons);
                approvedFee = null;
                status = UpliftStatus.REJECTED;
            }
        }
        this.decisionReasons = reasons;
        this.decided = decidedNow;
        this.backPay = approvedFee == null ? Money.ZERO
                : new FeeChange(currentFee, approvedFee).backPay(window.getEffectiveFrom(), decidedOn);
    }

    private static void requireReasons(String reasons) {
        if (reasons == null) {
            throw new BusinessException("reasons", "Give the reasons for the decision: the provider reads them in the letter.");
        }
    }

    public void fileLetter(ProviderDocument document) {
        this.letter = document;
    }

    /** Waiting past the day it had to be decided by. */
    public boolean isOverdueOn(LocalDate day) {
        return status.isOverdue(decisionDue, day);
    }

    /** The weekly fee asked for: the standard fee for an acceptance, the proposed fee otherwise. */
    public Money askedFee() {
        return kind.asked(standardFee, proposedFee);
    }

    /** The change asked for, where there is a fee to compare. */
    public FeeChange askedChange() {
        return new FeeChange(currentFee, askedFee() == null ? currentFee : askedFee());
    }

    /** How far the fee asked for is above the standard fee. */
    public Money aboveStandard() {
        return askedFee() == null ? Money.ZERO : askedFee().minus(standardFee);
    }

    private void requireDraft() {
        if (status != UpliftStatus.DRAFT) {
            throw new WrongStateException(reference + " has been submitted: it can no longer be changed.");
        }
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public FeeReviewWindow getWindow() {
        return window;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Placement getPlacement() {
        return placement;
    }

    public UpliftKind getKind() {
        return kind;
    }

    public UpliftStatus getStatus() {
        return status;
    }

    public Money getCurrentFee() {
        return currentFee;
    }

    public Money getStandardFee() {
        return standardFee;
    }

    public Money getProposedFee() {
        return proposedFee;
    }

    public boolean isLowerFeeIntended() {
        return lowerFeeIntended;
    }

    public String getCaseForUplift() {
        return caseForUplift;
    }

    public List<EarlierClarification> getEarlierClarifications() {
        return List.copyOf(earlierClarifications);
    }

    public CostBreakdown getBreakdown() {
        return breakdown == null ? CostBreakdown.EMPTY : breakdown;
    }

    public List<ProviderDocument> getEvidence() {
        return evidence.stream().sorted(Comparator.comparing(ProviderDocument::getId)).toList();
    }

    public Act getCreated() {
        return created;
    }

    public Act getSubmitted() {
        return submitted;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public Money getApprovedFee() {
        return approvedFee;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public Act getDecided() {
        return decided;
    }

    public Money getBackPay() {
        return backPay;
    }

    public ProviderDocument getLetter() {
        return letter;
    }

    public String getClarificationQuestion() {
        return clarificationQuestion;
    }

    public Act getClarificationAsked() {
        return clarificationAsked;
    }

    public boolean isClockPaused() {
        return clockPaused;
    }

    public String getClarificationAnswer() {
        return clarificationAnswer;
    }

    public Act getClarificationAnswered() {
        return clarificationAnswered;
    }

    public UpliftStatus getFirstStatus() {
        return firstStatus;
    }

    public Money getFirstApprovedFee() {
        return firstApprovedFee;
    }

    public String getFirstReasons() {
        return firstReasons;
    }

    public String getFirstDecidedBy() {
        return firstDecidedBy;
    }

    public String getReviewReasons() {
        return reviewReasons;
    }

    public Act getReviewAsked() {
        return reviewAsked;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
