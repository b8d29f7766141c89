package uk.hearth.competitions.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.hearth.lots.domain.Lot;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.NotAllowedException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.scoring.PriceScoring;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;

/**
 * A further competition among the providers of one lot for a block contract. A draft changes freely; publishing
 * fixes it, invites the lot's providers and happens once. Bids are taken up to and including the tender deadline
 * and can be read by the council only after it.
 */
@Entity
@Table(name = "mini_competition")
@NamedQuery(name = MiniCompetition.ALL, query = "select c from MiniCompetition c join fetch c.lot order by c.created.at desc")
// Questions and panel in two queries: fetching both at once would repeat each question once per panel member.
@NamedQuery(name = MiniCompetition.WITH_QUESTIONS, query = "select c from MiniCompetition c join fetch c.lot"
        + " left join fetch c.questions where c.id = :competitionId")
@NamedQuery(name = MiniCompetition.WITH_PANEL,
        query = "select c from MiniCompetition c left join fetch c.panel where c.id = :competitionId")
@NamedQuery(name = MiniCompetition.FOR_BIDDERS, query = "select c from MiniCompetition c join fetch c.lot"
        + " left join fetch c.questions left join fetch c.winningBid left join fetch c.contractDocument"
        + " where c.id = :competitionId")
public class MiniCompetition implements Versioned {

    public static final String ALL = "MiniCompetition.all";
    public static final String WITH_QUESTIONS = "MiniCompetition.withQuestions";
    public static final String WITH_PANEL = "MiniCompetition.withPanel";
    public static final String FOR_BIDDERS = "MiniCompetition.forBidders";
    /** The series its references are numbered in: MC-2026-00042. */
    public static final String REFERENCE_SERIES = "MC";
    public static final int TITLE_LENGTH = 200;
    /** The minimum tender period; a shorter one needs a recorded reason. */
    public static final Duration MINIMUM_TENDER_PERIOD = Duration.ofDays(10);
    static final int TOTAL_WEIGHT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Lengths.REFERENCE)
    private String reference;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private Lot lot;

    @Column(nullable = false, length = Lengths.TEXT)
    private String description;

    @Embedded
    private BlockContract contract;

    @Column(name = "price_weight", nullable = false)
    private int priceWeight;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_scoring", nullable = false, length = 30)
    private PriceScoring priceScoring;

    @OneToMany(mappedBy = "competition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<CompetitionQuestion> questions = new ArrayList<>();

    @Column(name = "clarification_deadline", nullable = false)
    private Instant clarificationDeadline;

    @Column(name = "tender_deadline", nullable = false)
    private Instant tenderDeadline;

    @Column(name = "short_period_reason", length = Lengths.REASON)
    private String shortPeriodReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "standstill_mode", nullable = false, length = 40)
    private StandstillMode standstillMode;

    @ElementCollection
    @CollectionTable(name = "competition_panel_member", joinColumns = @JoinColumn(name = "competition_id"))
    @Column(name = "username", length = Lengths.USERNAME)
    private Set<String> panel = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompetitionStatus status;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "created_by", length = Lengths.USERNAME, nullable = false, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "created_at", nullable = false, updatable = false))
    private Act created;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "published_by", length = Lengths.USERNAME))
    @AttributeOverride(name = "at", column = @Column(name = "published_at"))
    private Act published;

    /** The competition's data key, wrapped by the master key that lives outside the database. */
    @Column(name = "sealing_key")
    private byte[] sealingKey;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "opened_by", length = Lengths.USERNAME))
    @AttributeOverride(name = "at", column = @Column(name = "opened_at"))
    private Act opened;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "cancelled_by", length = Lengths.USERNAME))
    @AttributeOverride(name = "at", column = @Column(name = "cancelled_at"))
    private Act cancelled;

    @Column(name = "cancel_reason", length = Lengths.REASON)
    private String cancelReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "winning_bid_id")
    private Bid winningBid;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "award_decided_by", length = Lengths.USERNAME))
    @AttributeOverride(name = "at", column = @Column(name = "award_decided_at"))
    private Act awardDecided;

    /** When the standstill timer recorded the end of the standstill; the clock, not this, decides conclusion. */
    @Column(name = "standstill_ended_at")
    private Instant standstillEndedAt;

    @Column(name = "contract_reference", length = Lengths.REFERENCE)
    private String contractReference;

    @Column(name = "contract_start")
    private LocalDate contractStart;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "concluded_by", length = Lengths.USERNAME))
    @AttributeOverride(name = "at", column = @Column(name = "concluded_at"))
    private Act concluded;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_document_id")
    private ProviderDocument contractDocument;

    @Version
    private long version;

    protected MiniCompetition() {
    }

    /** @param reference the next of its {@link #REFERENCE_SERIES series}, issued before the row is stored */
    public MiniCompetition(String reference, Act created) {
        this.reference = reference;
        this.created = created;
        this.status = CompetitionStatus.DRAFT;
    }

    /** Takes the description in; {@code lot} is the one {@code details} names (the service resolves it). */
    public void describe(CompetitionDetails details, Lot lot) {
        requireDraft();
        // @Positive cannot read a Money, so the rule is checked here, naming the field it is about.
        if (!details.contract().estimatedValue().isPositive()) {
            throw new BusinessException("estimatedValue", "The estimated value must be more than zero.");
        }
        this.title = details.title().strip();
        this.lot = lot;
        this.description = details.description().strip();
        this.contract = details.contract();
        this.priceWeight = details.priceWeight();
        this.priceScoring = details.priceScoring();
        this.clarificationDeadline = details.clarificationDeadline();
        this.tenderDeadline = details.tenderDeadline();
        this.shortPeriodReason = details.shortPeriodReason() == null || details.shortPeriodReason().isBlank()
                ? null : details.shortPeriodReason().strip();
        this.standstillMode = details.standstillMode();
        questions.clear();
        for (QuestionDetails question : details.questions()) {
            questions.add(new CompetitionQuestion(this, questions.size() + 1, question));
        }
        panel.clear();
        details.panel().forEach(username -> panel.add(username.strip()));
    }

    /** Specification documents, like the rest of the description, are fixed at publication. */
    public void requireDraft() {
        if (status != CompetitionStatus.DRAFT) {
            throw new WrongStateException("The competition " + reference + " is published and cannot be changed.");
        }
    }

    /**
     * Fixes the competition and opens it for bids. Returns false when it was already published, so a repeated
     * click changes nothing; {@code sealingKey} is the wrapped data key its bids will be sealed with.
     */
    public boolean publish(Act published, byte[] sealingKey) {
        if (status == CompetitionStatus.CANCELLED) {
            throw new WrongStateException("The competition " + reference + " was cancelled.");
        }
        if (status != CompetitionStatus.DRAFT) {
            return false;
        }
        requireSensibleModel();
        Instant now = published.at();
        if (!clarificationDeadline.isAfter(now)) {
            throw new BusinessException("The clarification deadline has passed; set a later one.");
        }
        if (!clarificationDeadline.isBefore(tenderDeadline)) {
            throw new BusinessException("The clarification deadline must come before the tender deadline.");
        }
        if (tenderDeadline.isBefore(now.plus(MINIMUM_TENDER_PERIOD)) && shortPeriodReason == null) {
            throw new BusinessException("The tender deadline must be at least " + MINIMUM_TENDER_PERIOD.toDays()
                    + " days after publication, that is no earlier than " + DeadlineWords.of(now.plus(MINIMUM_TENDER_PERIOD))
                    + " (UK time), unless you record the reason for a shorter period.");
        }
        status = CompetitionStatus.PUBLISHED;
        this.published = published;
        this.sealingKey = sealingKey.clone();
        return true;
    }

    private void requireSensibleModel() {
        if (questions.isEmpty()) {
            throw new BusinessException("Add at least one question before publishing.");
        }
        if (panel.isEmpty()) {
            throw new BusinessException("Name at least one evaluator on the panel before publishing.");
        }
        for (CompetitionQuestion question : questions) {
            if (question.getKind() == QuestionKind.PASS_FAIL && question.getWeight() != 0) {
                throw new BusinessException("Question " + question.getSortOrder() + " is pass/fail, so it carries no weight.");
            }
            if (question.getKind() == QuestionKind.QUALITY && question.getWeight() == 0) {
                throw new BusinessException("Quality question " + question.getSortOrder() + " needs a weight.");
            }
        }
        int total = priceWeight + questions.stream().mapToInt(CompetitionQuestion::getWeight).sum();
        if (total != TOTAL_WEIGHT) {
            throw new BusinessException("The price and quality weights add up to " + total + "; they must add up to "
                    + TOTAL_WEIGHT + ".");
        }
    }

    /** Bids are taken up to and including the tender deadline instant, by the server's clock. */
    public void requireOpenForBidsAt(Instant now) {
        if (status != CompetitionStatus.PUBLISHED) {
            throw new WrongStateException("The competition " + reference + " is not open for bids.");
        }
        if (now.isAfter(tenderDeadline)) {
            throw new TenderDeadlinePassedException(reference, tenderDeadline);
        }
    }

    public boolean isOpenForBidsAt(Instant now) {
        return status == CompetitionStatus.PUBLISHED && !now.isAfter(tenderDeadline);
    }

    /** Providers may ask questions up to and including the clarification deadline. */
    public void requireOpenForQuestionsAt(Instant now) {
        requireOpenForBidsAt(now);
        if (now.isAfter(clarificationDeadline)) {
            throw new DeadlinePassedException("Clarification questions for " + reference + " closed on "
                    + DeadlineWords.of(clarificationDeadline) + " (UK time).");
        }
    }

    /**
     * The seal: bids can be read by the council only once the tender deadline has passed, and never when the
     * competition was cancelled before they were opened.
     */
    public void requireUnsealableAt(Instant now) {
        if (status == CompetitionStatus.DRAFT || (status == CompetitionStatus.CANCELLED && opened == null)) {
            throw new WrongStateException("The bids for " + reference + " cannot be opened: the competition "
                    + (status == CompetitionStatus.DRAFT ? "has not been published." : "was cancelled before they were opened."));
        }
        if (!now.isAfter(tenderDeadline)) {
            throw new WrongStateException("The bids for " + reference + " stay sealed until the tender deadline, "
                    + DeadlineWords.of(tenderDeadline) + " (UK time).");
        }
    }

    /** At the deadline; returns false when there was nothing to close (already closed, or cancelled). */
    public boolean close(Instant now) {
        if (status != CompetitionStatus.PUBLISHED || !now.isAfter(tenderDeadline)) {
            return false;
        }
        status = CompetitionStatus.CLOSED;
        closedAt = now;
        return true;
    }

    /**
     * Records the opening of the bids, once, after the deadline; returns false when they were opened before. The
     * competition is closed first (the service does it, with what closing entails).
     */
    public boolean open(Act opening) {
        requireUnsealableAt(opening.at());
        if (opened != null) {
            return false;
        }
        if (status != CompetitionStatus.CLOSED) {
            throw new IllegalStateException(reference + " must be closed before its bids are opened, not " + status);
        }
        status = CompetitionStatus.OPENED;
        opened = opening;
        return true;
    }

    /** Bid contents reach the council only after the deadline and a recorded opening. */
    public void requireOpenedAt(Instant now) {
        requireUnsealableAt(now);
        if (opened == null) {
            throw new WrongStateException("Open the bids for " + reference + " first, so the opening is recorded.");
        }
    }

    /**
     * Bids are evaluated between their opening and the award decision; after it the scores that decided it stay as
     * they were.
     */
    public void requireEvaluating() {
        switch (status) {
            case OPENED -> {
                return;
            }
            case CANCELLED -> throw new WrongStateException("The competition " + reference + " was cancelled.");
            case AWARDED, STANDSTILL, CONCLUDED -> throw new WrongStateException("The award of " + reference
                    + " has been decided, so its evaluation can no longer change.");
            default -> throw new WrongStateException("The bids for " + reference
                    + " have not been opened yet, so there is nothing to evaluate.");
        }
    }

    public void requireOnPanel(String username) {
        if (!panel.contains(username)) {
            throw new NotAllowedException("You are not on the evaluation panel of " + reference + ".");
        }
    }

    /** An evaluator who declared a conflict of interest leaves the panel of this competition. */
    public void removeFromPanel(String username) {
        requireEvaluating();
        panel.remove(username);
    }

    /** The published evaluation model, as scoring reads it. */
    public EvaluationModel evaluationModel() {
        return new EvaluationModel(
                questions.stream().filter(q -> q.getKind() == QuestionKind.PASS_FAIL)
                        .map(q -> new PassFailCriterion(q.getId(), q.getText())).toList(),
                questions.stream().filter(q -> q.getKind() == QuestionKind.QUALITY)
                        .map(q -> new QualityCriterion(q.getId(), q.getText(), q.getWeight())).toList(),
                priceWeight, priceScoring);
    }

    /**
     * Records the award decision for {@code winner}, whose letters go out in the same transaction, so the
     * competition goes straight into its standstill.
     */
    public StandstillPeriod decideAward(Bid winner, Act decided) {
        requireEvaluating();
        status = CompetitionStatus.STANDSTILL;
        winningBid = winner;
        awardDecided = decided;
        return standstill();
    }

    /** The standstill the award decision started. */
    public StandstillPeriod standstill() {
        if (awardDecided == null) {
            throw new WrongStateException("The award of " + reference + " has not been decided yet.");
        }
        return new StandstillPeriod(standstillMode, awardDecided.at());
    }

    /** Notes that the standstill is over; false when there is nothing to note (already noted, cancelled, early). */
    public boolean endStandstill(Instant now) {
        if (status != CompetitionStatus.STANDSTILL || standstillEndedAt != null || !standstill().concludableAt(now)) {
            return false;
        }
        standstillEndedAt = now;
        return true;
    }

    /** Concludes the contract with the winner, never before the standstill ends by the server's clock. */
    public void conclude(String contract, LocalDate startDate, Act concluded) {
        if (status != CompetitionStatus.STANDSTILL) {
            throw new WrongStateException("The contract of " + reference + " cannot be concluded: the competition is "
                    + status.label().toLowerCase() + ".");
        }
        standstill().requireEnded(concluded.at());
        if (startDate.isBefore(concluded.at().atZone(HearthClock.LONDON).toLocalDate())) {
            throw new BusinessException("startDate", "The contract cannot start before the day it is concluded.");
        }
        status = CompetitionStatus.CONCLUDED;
        contractReference = contract;
        contractStart = startDate;
        this.concluded = concluded;
    }

    public void fileContract(ProviderDocument document) {
        contractDocument = document;
    }

    public void cancel(String reason, Act cancelled) {
        if (status == CompetitionStatus.CANCELLED || status == CompetitionStatus.CONCLUDED) {
            throw new WrongStateException("The competition " + reference + " is already " + status.label().toLowerCase() + ".");
        }
        status = CompetitionStatus.CANCELLED;
        cancelReason = reason.strip();
        this.cancelled = cancelled;
    }

    /**
     * Why {@code contents} cannot be submitted, if anything: every question answered within its word limit, and a
     * price above zero that its breakdown adds up to.
     */
    public void requireComplete(BidContents contents) {
        for (CompetitionQuestion question : questions) {
            String answer = contents.answers().get(question.getId());
            if (answer == null || answer.isBlank()) {
                throw new BusinessException("Answer question " + question.getSortOrder() + " before submitting.");
            }
            int words = BidContents.wordsIn(answer);
            if (words > question.getWordLimit()) {
                throw new BusinessException("Your answer to question " + question.getSortOrder() + " has " + words
                        + " words; the limit is " + question.getWordLimit() + ".");
            }
        }
        if (contents.price() == null || !contents.price().isPositive()) {
            throw new BusinessException("price", "Enter a price above zero before submitting.");
        }
        if (!contents.breakdown().stream().allMatch(PriceLine::isComplete)) {
            throw new BusinessException("breakdown", "Complete each line of the price breakdown, with what it is for and"
                    + " its amount, before submitting.");
        }
        Money itemised = contents.breakdown().stream().map(PriceLine::amount).reduce(Money.ZERO, Money::plus);
        if (contents.breakdown().isEmpty() || itemised.compareTo(contents.price()) != 0) {
            throw new BusinessException("price", "Break your price down: the lines add up to " + itemised
                    + " but the price is " + contents.price() + ".");
        }
    }

    /** Answers may be given only to this competition's questions. */
    public void requireOwnQuestions(Map<Long, String> answers) {
        if (!questions.stream().map(CompetitionQuestion::getId).toList().containsAll(answers.keySet())) {
            throw new BusinessException("Answer only the questions of " + reference + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public Lot getLot() {
        return lot;
    }

    public String getDescription() {
        return description;
    }

    public BlockContract getContract() {
        return contract;
    }

    public int getPriceWeight() {
        return priceWeight;
    }

    public PriceScoring getPriceScoring() {
        return priceScoring;
    }

    public List<CompetitionQuestion> getQuestions() {
        return List.copyOf(questions);
    }

    public Instant getClarificationDeadline() {
        return clarificationDeadline;
    }

    public Instant getTenderDeadline() {
        return tenderDeadline;
    }

    public String getShortPeriodReason() {
        return shortPeriodReason;
    }

    public StandstillMode getStandstillMode() {
        return standstillMode;
    }

    public Set<String> getPanel() {
        return Set.copyOf(panel);
    }

    public CompetitionStatus getStatus() {
        return status;
    }

    public Act getCreated() {
        return created;
    }

    /** Null until published. */
    public Act getPublished() {
        return published;
    }

    public byte[] getSealingKey() {
        return sealingKey == null ? null : sealingKey.clone();
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** Null until the bids are opened. */
    public Act getOpened() {
        return opened;
    }

    /** Null unless cancelled. */
    public Act getCancelled() {
        return cancelled;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Bid getWinningBid() {
        return winningBid;
    }

    /** Null until the award is decided. */
    public Act getAwardDecided() {
        return awardDecided;
    }

    public Instant getStandstillEndedAt() {
        return standstillEndedAt;
    }

    public String getContractReference() {
        return contractReference;
    }

    public LocalDate getContractStart() {
        return contractStart;
    }

    /** Null until the contract is concluded. */
    public Act getConcluded() {
        return concluded;
    }

    public ProviderDocument getContractDocument() {
        return contractDocument;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
