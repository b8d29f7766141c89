package uk.hearth.competitions.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.competitions.domain.AnswerEvaluation;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidContents;
import uk.hearth.competitions.domain.BidForScoring;
import uk.hearth.competitions.domain.BidStatus;
import uk.hearth.competitions.domain.BlockContract;
import uk.hearth.competitions.domain.CompetitionQuestion;
import uk.hearth.competitions.domain.CompetitionStatus;
import uk.hearth.competitions.domain.ConflictDeclaration;
import uk.hearth.competitions.domain.EvaluatorScore;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.ModeratedScore;
import uk.hearth.competitions.domain.PassFailResult;
import uk.hearth.competitions.domain.PriceLine;
import uk.hearth.competitions.domain.QuestionKind;
import uk.hearth.competitions.domain.RankedBid;
import uk.hearth.competitions.domain.Ranking;
import uk.hearth.competitions.domain.Scoring;
import uk.hearth.competitions.domain.StandstillPeriod;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.notifications.domain.Notification;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DynamicPurchasingSystem;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * Evaluation and award of a mini-competition's opened bids. Each panel member declares whether they have a conflict
 * of interest before seeing any bid, and one who has leaves the panel. Evaluators score quality answers alone and see
 * only their own scores until every score is in; a panel member then moderates each answer's score with a note and
 * records the pass/fail results, and Hearth ranks the bids by the published model. A commissioner records the award
 * decision, which sends every bidder its award letter and starts the standstill; the contract is concluded only once
 * the standstill has ended by the server's clock. Every change is audited, naming who did what to which bid and
 * question, never a score or what a bid says.
 */
@Stateless
public class CompetitionEvaluation {

    private static final String SCORE_RANGE = "A score is a whole number from 0 to 5.";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProviderNotices notices;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private HearthClock clock;

    @Inject
    private SealedBids sealedBids;

    @Inject
    private CompetitionDeadlines deadlines;

    @Inject
    private AwardLetterRenderer letters;

    @Inject
    private BlockContractRenderer contracts;

    /**
     * The caller, a panel member, declares once whether they have a conflict of interest with any bidder, after the
     * opening and before seeing any bid. Declaring one takes them off the panel of this competition.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public ConflictDeclaration declare(long competitionId, boolean conflicted,
            @Size(max = Lengths.REASON, message = "The note must be 2,000 characters or fewer.") String note) {
        MiniCompetition competition = find(competitionId);
        competition.requireEvaluating();
        String me = callers.current().username();
        if (declarationOf(competition, me).isPresent()) {
            throw new BusinessException("You have already declared whether you have a conflict of interest in "
                    + competition.getReference() + ".");
        }
        if (!competition.getPanel().contains(me)) {
            throw notOnPanel(competition);
        }
        if (conflicted && (note == null || note.isBlank())) {
            throw new BusinessException("Say what your conflict of interest is, so that it is on record.");
        }
        ConflictDeclaration declaration = new ConflictDeclaration(competition, conflicted, note, callers.act());
        em.persist(declaration);
        if (conflicted) {
            competition.removeFromPanel(me);
        }
        audit.record("competition.conflict-declared", "MiniCompetition", competitionId, competition.getReference() + ": "
                + me + (conflicted ? " declared a conflict of interest (" + declaration.getNote()
                        + ") and left the evaluation panel" : " declared no conflict of interest"));
        return declaration;
    }

    /** The valid bids and what they say, for a panel member who has declared no conflict. */
    @RolesAllowed(Roles.COMMISSIONER)
    public List<OpenedBid> bidsToEvaluate(long competitionId) {
        MiniCompetition competition = find(competitionId);
        requireEvaluator(competition);
        return opened(evaluated(competition));
    }

    /**
     * The caller's own score for one bid's answer to a quality question; scoring again changes it, until every
     * evaluator has scored every answer and the scores are fixed for moderation.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public EvaluatorScore score(long competitionId, long bidId, long questionId,
            @Min(value = 0, message = SCORE_RANGE) @Max(value = 5, message = SCORE_RANGE) int score,
            @NotBlank(message = "Justify your score.") @Size(max = EvaluatorScore.JUSTIFICATION_LENGTH,
                    message = "A justification must be 4,000 characters or fewer.") String justification) {
        MiniCompetition competition = find(competitionId);
        String me = requireEvaluator(competition);
        competition.requireEvaluating();
        List<EvaluatorScore> all = ofCompetition(EvaluatorScore.OF_COMPETITION, EvaluatorScore.class, competitionId);
        if (outstandingScores(competition, all) == 0) {
            throw new BusinessException("Every evaluator has scored every answer of " + competition.getReference()
                    + ", so the scores are fixed for moderation.");
        }
        Bid bid = bid(evaluated(competition), bidId);
        CompetitionQuestion question = question(competition, questionId);
        EvaluatorScore own = existing(all.stream().filter(s -> s.getScored().username().equals(me)).toList(), bid, question)
                .orElseGet(() -> new EvaluatorScore(bid, question));
        own.score(score, justification, callers.act());
        persistIfNew(own);
        audit.record("competition.answer-scored", "MiniCompetition", competitionId, competition.getReference() + ": "
                + me + " scored question " + question.getSortOrder() + " of bid " + bidId);
        return own;
    }

    /** The caller's own scores: an evaluator never sees another's before moderation. */
    @RolesAllowed(Roles.COMMISSIONER)
    public List<EvaluatorScore> myScores(long competitionId) {
        MiniCompetition competition = find(competitionId);
        String me = requireEvaluator(competition);
        return em.createNamedQuery(EvaluatorScore.OF_EVALUATOR, EvaluatorScore.class)
                .setParameter("competitionId", competitionId).setParameter("evaluator", me).getResultList();
    }

    /** Every evaluator's scores side by side, for moderation; only once all of them are in. */
    @RolesAllowed(Roles.COMMISSIONER)
    public ModerationSheet moderationSheet(long competitionId) {
        MiniCompetition competition = find(competitionId);
        requireEvaluator(competition);
        List<EvaluatorScore> scores = requireScoringComplete(competition);
        competition.getLot().getName();
        competition.getQuestions().size();
        return new ModerationSheet(competition, opened(evaluated(competition)),
                ofCompetition(ConflictDeclaration.OF_COMPETITION, ConflictDeclaration.class, competitionId), scores,
                ofCompetition(ModeratedScore.OF_COMPETITION, ModeratedScore.class, competitionId),
                ofCompetition(PassFailResult.OF_COMPETITION, PassFailResult.class, competitionId));
    }

    /** The score the panel agreed for one bid's answer to a quality question, and why; the bid is ranked by it. */
    @RolesAllowed(Roles.COMMISSIONER)
    public ModeratedScore moderate(long competitionId, long bidId, long questionId,
            @Min(value = 0, message = SCORE_RANGE) @Max(value = 5, message = SCORE_RANGE) int score,
            @NotBlank(message = "Note why the panel agreed this score.") @Size(max = ModeratedScore.NOTE_LENGTH,
                    message = "A moderation note must be 4,000 characters or fewer.") String note) {
        MiniCompetition competition = find(competitionId);
        String me = requireEvaluator(competition);
        competition.requireEvaluating();
        requireScoringComplete(competition);
        Bid bid = bid(evaluated(competition), bidId);
        CompetitionQuestion question = question(competition, questionId);
        ModeratedScore moderated = existing(ofCompetition(ModeratedScore.OF_COMPETITION, ModeratedScore.class,
                competitionId), bid, question).orElseGet(() -> new ModeratedScore(bid, question));
        moderated.moderate(score, note, callers.act());
        persistIfNew(moderated);
        audit.record("competition.score-moderated", "MiniCompetition", competitionId, competition.getReference() + ": "
                + me + " moderated question " + question.getSortOrder() + " of bid " + bidId);
        return moderated;
    }

    /** Whether one bid passed a pass/fail question; a failure, with its reason, excludes the bid from scoring. */
    @RolesAllowed(Roles.COMMISSIONER)
    public PassFailResult recordPassFail(long competitionId, long bidId, long questionId, boolean passed,
            @Size(max = Lengths.REASON, message = "The reason must be 2,000 characters or fewer.") String reason) {
        MiniCompetition competition = find(competitionId);
        String me = requireEvaluator(competition);
        competition.requireEvaluating();
        Bid bid = bid(evaluated(competition), bidId);
        CompetitionQuestion question = question(competition, questionId);
        PassFailResult result = existing(ofCompetition(PassFailResult.OF_COMPETITION, PassFailResult.class,
                competitionId), bid, question).orElseGet(() -> new PassFailResult(bid, question));
        result.record(passed, reason, callers.act());
        persistIfNew(result);
        audit.record("competition.pass-fail-recorded", "MiniCompetition", competitionId, competition.getReference()
                + ": " + me + " recorded the result of pass/fail question " + question.getSortOrder() + " for bid " + bidId);
        return result;
    }

    /**
     * The bids scored and ranked by the published model, ties broken by {@link Scoring#TIE_RULE}.
     *
     * @throws uk.hearth.competitions.domain.EvaluationIncompleteException while a result or moderated score is missing
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public Ranking ranking(long competitionId) {
        MiniCompetition competition = find(competitionId);
        requireFreeOfConflict(competition);
        return rank(competition);
    }

    /**
     * Records the award to the bid ranked first, files and emails every ranked or excluded bidder its award letter,
     * and starts the standstill, with a timer at its end.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public MiniCompetition decideAward(long competitionId, long versionSeen) {
        MiniCompetition competition = find(competitionId);
        String me = requireFreeOfConflict(competition);
        MiniCompetitions.requireVersion(competition, versionSeen);
        competition.requireEvaluating();
        Ranking ranking = rank(competition);
        RankedBid first = ranking.winner().orElseThrow(() -> new BusinessException("No single bid ranks first in "
                + competition.getReference() + ", so no award can be decided."));
        List<Bid> bids = evaluated(competition);
        StandstillPeriod standstill = competition.decideAward(bid(bids, first.bidId()), callers.act());
        AwardLetter.Competition heading = new AwardLetter.Competition(competition.getReference(),
                competition.getTitle(), competition.getLot().getName(), councilName(competition), me,
                DynamicPurchasingSystem.NAME);
        List<AwardLetter> all = AwardLetter.forEveryBidder(heading, ranking, standstill);
        for (AwardLetter letter : all) {
            send(competition, bid(bids, letter.own() == null ? letter.exclusion().bidId() : letter.own().bidId()), letter);
        }
        deadlines.scheduleStandstillEnd(competition);
        audit.record("competition.award-decided", "MiniCompetition", competitionId, competition.getReference()
                + ": award to " + first.bidder() + " decided by " + me + "; award letters sent to " + all.size()
                + " bidders; the standstill ends at midnight at the end of "
                + StandstillPeriod.dayInWords(standstill.lastDay()) + " (UK time)");
        return competition;
    }

    /** At the end of the standstill (its timer calls it): records that the contract may now be concluded. */
    @RolesAllowed(Roles.ADMIN)
    public void endStandstill(long competitionId) {
        MiniCompetition competition = find(competitionId);
        if (competition.endStandstill(clock.now())) {
            audit.record("competition.standstill-ended", "MiniCompetition", competitionId, competition.getReference()
                    + ": the standstill ended at midnight at the end of "
                    + StandstillPeriod.dayInWords(competition.standstill().lastDay())
                    + " (UK time); the contract may now be concluded");
        }
    }

    /**
     * Concludes the block contract with the winner once the standstill has ended by the server's clock: the
     * contract, with the winning bid's price and its breakdown, is filed for the provider and emailed to it.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public MiniCompetition concludeContract(long competitionId, long versionSeen,
            @NotNull(message = "Enter the date the contract starts.") LocalDate startDate) {
        MiniCompetition competition = find(competitionId);
        String me = requireFreeOfConflict(competition);
        MiniCompetitions.requireVersion(competition, versionSeen);
        competition.conclude("BC-" + competition.getReference().substring("MC-".length()), startDate, callers.act());
        Organisation provider = competition.getWinningBid().getOrganisation();
        byte[] pdf = contracts.render(particulars(competition, provider,
                sealedBids.readOpened(competition.getWinningBid())));
        ProviderDocument contract = documents.fileGenerated(provider, DocumentCategory.BLOCK_CONTRACT,
                "block-contract-" + competition.getContractReference() + ".pdf", pdf);
        competition.fileContract(contract);
        audit.record("competition.contract-concluded", "MiniCompetition", competitionId, competition.getReference()
                + ": contract " + competition.getContractReference() + " concluded with " + provider.getLegalName()
                + " by " + me + ", starting on " + startDate);
        notices.tell(provider, "block contract " + competition.getContractReference(),
                "The standstill period of " + competition.getReference() + " has ended and the council has concluded "
                        + "the block contract " + competition.getContractReference() + " with you, starting on "
                        + StandstillPeriod.dayInWords(startDate) + ". The contract is attached and kept in Hearth.",
                new Notification.Attachment(contract.getFile().fileName(), contract.getFile().mediaType(), pdf));
        return competition;
    }

    /** A file attached to a valid bid, for a panel member who has declared no conflict (as the bid's answers). */
    @RolesAllowed(Roles.COMMISSIONER)
    public DocumentDownload bidAttachment(long competitionId, long bidId, @NotNull String key) {
        MiniCompetition competition = find(competitionId);
        requireEvaluator(competition);
        Bid bid = bid(evaluated(competition), bidId);
        return sealedBids.file(bid, sealedBids.readOpened(bid), key);
    }

    /** The concluded contract's PDF, as filed for the provider. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public DocumentDownload contract(long competitionId) {
        ProviderDocument contract = find(competitionId).getContractDocument();
        if (contract == null) {
            throw new RecordNotFoundException("The contract");
        }
        return documents.download(contract.getId());
    }

    /**
     * The competition as open data, an OCDS 1.1 release package: the tender once published, the award once
     * decided, the contract once concluded. Until the contract is concluded, the award's contract period starts on
     * the first day it could: the day after the standstill.
     *
     * @param packageUri where the package is published
     */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public JsonObject ocds(long competitionId, @NotNull URI packageUri) {
        MiniCompetition competition = find(competitionId);
        if (competition.getPublished() == null || competition.getStatus() == CompetitionStatus.CANCELLED) {
            throw new BusinessException(competition.getReference() + " is not open data: only competitions that are"
                    + " published and not cancelled are.");
        }
        BlockContract contract = competition.getContract();
        OcdsReleasePackage release = OcdsReleasePackage.tendered(new OcdsReleasePackage.Tender(
                competition.getReference(), competition.getTitle(), competition.getDescription(),
                competition.getLot().getCode(), competition.getLot().getName(), buyer(competition),
                competition.evaluationModel(), BlockContractType.of(contract.unit()),
                BigDecimal.valueOf(contract.quantity()), contract.estimatedValue(), competition.getPublished().at(),
                competition.getTenderDeadline(), DynamicPurchasingSystem.ID, DynamicPurchasingSystem.NAME));
        Instant changed = competition.getPublished().at();
        Bid winner = competition.getWinningBid();
        if (winner != null) {
            LocalDate start = Objects.requireNonNullElse(competition.getContractStart(),
                    competition.standstill().lastDay().plusDays(1));
            release = release.awarded(new OcdsReleasePackage.Award(competition.getAwardDecided().at(),
                    tendered(competition).stream().map(b -> party(b.getOrganisation())).toList(),
                    party(winner.getOrganisation()), contract.valueAt(sealedBids.readOpened(winner).price()), start,
                    contract.lastDayFrom(start)));
            changed = competition.getAwardDecided().at();
        }
        if (competition.getConcluded() != null) {
            release = release.concluded(new OcdsReleasePackage.Contract(competition.getContractReference(),
                    competition.getConcluded().at()));
            changed = competition.getConcluded().at();
        }
        return release.toJson(packageUri, changed);
    }

    /** The scores as CSV, one row per bid and question; published only once the award is decided. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public String scoresCsv(long competitionId) {
        MiniCompetition competition = find(competitionId);
        if (competition.getAwardDecided() == null) {
            throw new BusinessException("The scores of " + competition.getReference()
                    + " are published once the award is decided.");
        }
        return ScoresCsv.of(competition.getReference(), rank(competition));
    }

    private Ranking rank(MiniCompetition competition) {
        long id = competition.getId();
        Map<Long, Map<Long, Boolean>> passFail = byBid(ofCompetition(PassFailResult.OF_COMPETITION,
                PassFailResult.class, id), PassFailResult::isPassed);
        Map<Long, Map<Long, Integer>> moderated = byBid(ofCompetition(ModeratedScore.OF_COMPETITION,
                ModeratedScore.class, id), ModeratedScore::getScore);
        return Scoring.rank(competition.evaluationModel(), opened(evaluated(competition)).stream()
                .map(b -> new BidForScoring(b.bid().getId(), b.bid().getOrganisation().getLegalName(),
                        b.contents().price(), passFail.getOrDefault(b.bid().getId(), Map.of()),
                        moderated.getOrDefault(b.bid().getId(), Map.of()), b.bid().getSubmittedAt()))
                .toList());
    }

    /** The judgements' values by bid id, then question id. */
    private static <T extends AnswerEvaluation, V> Map<Long, Map<Long, V>> byBid(List<T> judgements,
            Function<T, V> value) {
        Map<Long, Map<Long, V>> byBid = new HashMap<>();
        judgements.forEach(j -> byBid.computeIfAbsent(j.getBid().getId(), id -> new HashMap<>())
                .put(j.getQuestion().getId(), value.apply(j)));
        return byBid;
    }

    private void send(MiniCompetition competition, Bid bid, AwardLetter letter) {
        byte[] pdf = letters.render(letter);
        ProviderDocument filed = documents.fileGenerated(bid.getOrganisation(), DocumentCategory.AWARD_LETTER,
                "award-letter-" + competition.getReference() + ".pdf", pdf);
        bid.fileAwardLetter(filed);
        notices.tell(bid.getOrganisation(), "outcome of mini-competition " + competition.getReference(),
                "The council has decided the award of the mini-competition " + competition.getReference() + ", ‘"
                        + competition.getTitle() + "’. Your award letter is attached and kept in Hearth: it gives your "
                        + "scores, the successful bid's scores and when the standstill period ends.",
                new Notification.Attachment(filed.getFile().fileName(), filed.getFile().mediaType(), pdf));
    }

    private ContractParticulars particulars(MiniCompetition competition, Organisation provider, BidContents bid) {
        BlockContract contract = competition.getContract();
        BlockContractType type = BlockContractType.of(contract.unit());
        return new ContractParticulars(competition.getContractReference(), competition.getReference(),
                competition.getTitle(), councilName(competition), provider.getLegalName(),
                provider.getRegisteredAddress(), competition.getLot().getName(), type,
                BigDecimal.valueOf(contract.quantity()), competition.getContractStart(), contract.termMonths(),
                contract.extension(), bid.price(),
                bid.breakdown().stream().map(l -> new ContractParticulars.PriceLine(l.item(), l.amount())).toList(),
                contract.valueAt(bid.price()), keyTerms(contract, type), competition.standstill(),
                competition.getConcluded().at(), competition.getConcluded().username(),
                Objects.requireNonNullElse(provider.getContactName(), provider.getLegalName()),
                DynamicPurchasingSystem.NAME);
    }

    private static List<String> keyTerms(BlockContract contract, BlockContractType type) {
        return List.of("The provider keeps the " + contract.quantity() + " "
                        + (contract.quantity() == 1 ? type.unit() : type.units()) + " for the council's use for the "
                        + "whole contract, and tells the council within one working day whenever any are free.",
                "The council pays the weekly price for the whole block every week, whether or not it is used in full.",
                "The terms of the " + DynamicPurchasingSystem.NAME + " apply, including those on quality assurance,"
                        + " safeguarding and fee uplifts.");
    }

    /** The council that runs the competition: the organisation of the commissioner who drafted it. */
    private Optional<Organisation> council(MiniCompetition competition) {
        return em.createNamedQuery(OrganisationMember.BY_USERNAME, OrganisationMember.class)
                .setParameter("username", competition.getCreated().username()).getResultStream().findFirst()
                .map(OrganisationMember::getOrganisation);
    }

    private String councilName(MiniCompetition competition) {
        return council(competition).map(Organisation::getLegalName).orElse("The council");
    }

    private OcdsReleasePackage.Organisation buyer(MiniCompetition competition) {
        return council(competition).map(CompetitionEvaluation::party)
                .orElse(new OcdsReleasePackage.Organisation("hearth-council", "The council"));
    }

    private static OcdsReleasePackage.Organisation party(Organisation organisation) {
        return new OcdsReleasePackage.Organisation("hearth-organisation-" + organisation.getId(),
                organisation.getLegalName());
    }

    /**
     * Scores still to come: from every panel member, for every quality answer of every valid bid that has not
     * failed a pass/fail question.
     */
    private long outstandingScores(MiniCompetition competition, List<EvaluatorScore> scores) {
        Set<Long> failed = ofCompetition(PassFailResult.OF_COMPETITION, PassFailResult.class, competition.getId())
                .stream().filter(r -> !r.isPassed()).map(r -> r.getBid().getId()).collect(Collectors.toSet());
        Set<List<Object>> given = new HashSet<>();
        scores.forEach(s -> given.add(List.of(s.getScored().username(), s.getBid().getId(), s.getQuestion().getId())));
        List<Long> questions = competition.getQuestions().stream().filter(q -> q.getKind() == QuestionKind.QUALITY)
                .map(CompetitionQuestion::getId).toList();
        List<Long> bids = evaluated(competition).stream().map(Bid::getId).filter(b -> !failed.contains(b)).toList();
        return competition.getPanel().stream()
                .flatMap(evaluator -> bids.stream()
                        .flatMap(bid -> questions.stream().map(q -> List.<Object>of(evaluator, bid, q))))
                .filter(answer -> !given.contains(answer)).count();
    }

    /** Every evaluator's scores, once every one is in. */
    private List<EvaluatorScore> requireScoringComplete(MiniCompetition competition) {
        List<EvaluatorScore> scores = ofCompetition(EvaluatorScore.OF_COMPETITION, EvaluatorScore.class,
                competition.getId());
        long outstanding = outstandingScores(competition, scores);
        if (outstanding > 0) {
            throw new BusinessException("Moderation of " + competition.getReference() + " starts once every evaluator"
                    + " has scored every answer on their own: " + outstanding + " "
                    + (outstanding == 1 ? "score is" : "scores are") + " still to come.");
        }
        return scores;
    }

    /**
     * The caller, who may take part in the evaluation or award: not someone who declared a conflict, and a panel
     * member only once they have declared none.
     */
    private String requireFreeOfConflict(MiniCompetition competition) {
        String me = callers.current().username();
        Optional<ConflictDeclaration> declaration = declarationOf(competition, me);
        if (declaration.map(ConflictDeclaration::isConflicted).orElse(false)) {
            throw new BusinessException("You declared a conflict of interest in " + competition.getReference()
                    + ", so you take no part in its evaluation or award.");
        }
        if (declaration.isEmpty() && competition.getPanel().contains(me)) {
            throw new BusinessException("Declare whether you have a conflict of interest in "
                    + competition.getReference() + " before you see or score its bids.");
        }
        return me;
    }

    /** The caller, a panel member who has declared no conflict of interest. */
    private String requireEvaluator(MiniCompetition competition) {
        String me = requireFreeOfConflict(competition);
        if (!competition.getPanel().contains(me)) {
            throw notOnPanel(competition);
        }
        return me;
    }

    private static BusinessException notOnPanel(MiniCompetition competition) {
        return new BusinessException("You are not on the evaluation panel of " + competition.getReference() + ".");
    }

    private Optional<ConflictDeclaration> declarationOf(MiniCompetition competition, String username) {
        return ofCompetition(ConflictDeclaration.OF_COMPETITION, ConflictDeclaration.class, competition.getId())
                .stream().filter(d -> d.getDeclared().username().equals(username)).findFirst();
    }

    private <T> List<T> ofCompetition(String query, Class<T> type, long competitionId) {
        return em.createNamedQuery(query, type).setParameter("competitionId", competitionId).getResultList();
    }

    private static <T extends AnswerEvaluation> Optional<T> existing(List<T> judgements, Bid bid,
            CompetitionQuestion question) {
        return judgements.stream().filter(j -> j.getBid().getId().equals(bid.getId())
                && j.getQuestion().getId().equals(question.getId())).findFirst();
    }

    private void persistIfNew(AnswerEvaluation judgement) {
        if (judgement.getId() == null) {
            em.persist(judgement);
        }
    }

    private List<Bid> tendered(MiniCompetition competition) {
        return ofCompetition(Bid.OF_COMPETITION, Bid.class, competition.getId()).stream().filter(Bid::isTendered)
                .toList();
    }

    /** The bids evaluated: those submitted and still valid at the deadline. */
    private List<Bid> evaluated(MiniCompetition competition) {
        return tendered(competition).stream().filter(b -> b.getStatus() == BidStatus.SUBMITTED).toList();
    }

    private List<OpenedBid> opened(List<Bid> bids) {
        return bids.stream().map(b -> new OpenedBid(b, sealedBids.readOpened(b))).toList();
    }

    private static Bid bid(List<Bid> bids, long bidId) {
        return bids.stream().filter(b -> b.getId() == bidId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("The bid"));
    }

    private static CompetitionQuestion question(MiniCompetition competition, long questionId) {
        return competition.getQuestions().stream().filter(q -> q.getId() == questionId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("The question"));
    }

    private MiniCompetition find(long competitionId) {
        MiniCompetition competition = em.find(MiniCompetition.class, competitionId);
        if (competition == null) {
            throw new RecordNotFoundException("The competition");
        }
        return competition;
    }
}
