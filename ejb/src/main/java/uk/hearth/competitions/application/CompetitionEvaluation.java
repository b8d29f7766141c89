package uk.hearth.competitions.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.competitions.domain.AnswerEvaluation;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.CompetitionQuestion;
import uk.hearth.competitions.domain.ConflictDeclaration;
import uk.hearth.competitions.domain.EvaluationRepository;
import uk.hearth.competitions.domain.EvaluatorScore;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.MiniCompetitionRepository;
import uk.hearth.competitions.domain.ModeratedScore;
import uk.hearth.competitions.domain.PassFailResult;
import uk.hearth.competitions.domain.QuestionKind;
import uk.hearth.competitions.domain.Ranking;
import uk.hearth.competitions.domain.Scoring;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;

/**
 * Evaluation of a mini-competition's opened bids. Each panel member declares whether they have a conflict of
 * interest before seeing any bid, and one who has leaves the panel. Evaluators score quality answers alone and see
 * only their own scores until every score is in; a panel member then moderates each answer's score with a note and
 * records the pass/fail results, and Hearth ranks the bids by the published model ({@link CompetitionAward} records
 * the award from that ranking). Every change is audited, naming who did what to which bid and question, never a
 * score or what a bid says.
 */
@Stateless
public class CompetitionEvaluation {

    private static final String SCORE_RANGE = "A score is a whole number from 0 to 5.";

    @Inject
    private MiniCompetitionRepository competitions;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private EvaluatedBids evaluated;

    @Inject
    private EvaluationPanel panel;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private SealedBids sealedBids;

    /**
     * The caller, a panel member, declares once whether they have a conflict of interest with any bidder, after the
     * opening and before seeing any bid. Declaring one takes them off the panel of this competition.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public ConflictDeclaration declare(long competitionId, boolean conflicted,
            @Size(max = Lengths.REASON, message = "The note must be 2,000 characters or fewer.") String note) {
        MiniCompetition competition = competitions.get(competitionId);
        competition.requireEvaluating();
        Act declared = callers.act();
        String me = declared.username();
        if (evaluations.findDeclaration(competitionId, me).isPresent()) {
            throw new BusinessException("You have already declared whether you have a conflict of interest in "
                    + competition.getReference() + ".");
        }
        competition.requireOnPanel(me);
        if (conflicted && (note == null || note.isBlank())) {
            throw new BusinessException("note", "Say what your conflict of interest is, so that it is on record.");
        }
        ConflictDeclaration declaration = new ConflictDeclaration(competition, conflicted, note, declared);
        evaluations.add(declaration);
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
        MiniCompetition competition = competitions.get(competitionId);
        panel.requireEvaluator(competition);
        return evaluated.opened(competition);
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
        Judging judging = judging(competitionId, bidId, questionId, this::requireScoringOpen);
        EvaluatorScore own = evaluations.findScore(bidId, questionId, judging.evaluator())
                .orElseGet(() -> new EvaluatorScore(judging.bid(), judging.question()));
        own.score(score, justification, callers.act());
        recorded(judging, own, "competition.answer-scored", "scored question " + judging.question().getSortOrder()
                + " of bid " + bidId);
        return own;
    }

    /** The caller's own scores: an evaluator never sees another's before moderation. */
    @RolesAllowed(Roles.COMMISSIONER)
    public List<EvaluatorScore> myScores(long competitionId) {
        MiniCompetition competition = competitions.get(competitionId);
        return evaluations.scoresBy(competitionId, panel.requireEvaluator(competition));
    }

    /** Every evaluator's scores side by side, for moderation; only once all of them are in. */
    @RolesAllowed(Roles.COMMISSIONER)
    public ModerationSheet moderationSheet(long competitionId) {
        MiniCompetition competition = competitions.getForOverview(competitionId);
        panel.requireEvaluator(competition);
        List<EvaluatorScore> scores = requireScoringComplete(competition);
        return new ModerationSheet(competition, evaluated.opened(competition),
                evaluations.declarationsOf(competitionId), scores, evaluations.moderatedScoresOf(competitionId),
                evaluations.passFailResultsOf(competitionId));
    }

    /** The score the panel agreed for one bid's answer to a quality question, and why; the bid is ranked by it. */
    @RolesAllowed(Roles.COMMISSIONER)
    public ModeratedScore moderate(long competitionId, long bidId, long questionId,
            @Min(value = 0, message = SCORE_RANGE) @Max(value = 5, message = SCORE_RANGE) int score,
            @NotBlank(message = "Note why the panel agreed this score.") @Size(max = ModeratedScore.NOTE_LENGTH,
                    message = "A moderation note must be 4,000 characters or fewer.") String note) {
        Judging judging = judging(competitionId, bidId, questionId, this::requireScoringComplete);
        ModeratedScore moderated = evaluations.findModeratedScore(bidId, questionId)
                .orElseGet(() -> new ModeratedScore(judging.bid(), judging.question()));
        moderated.moderate(score, note, callers.act());
        recorded(judging, moderated, "competition.score-moderated", "moderated question "
                + judging.question().getSortOrder() + " of bid " + bidId);
        return moderated;
    }

    /** Whether one bid passed a pass/fail question; a failure, with its reason, excludes the bid from scoring. */
    @RolesAllowed(Roles.COMMISSIONER)
    public PassFailResult recordPassFail(long competitionId, long bidId, long questionId, boolean passed,
            @Size(max = Lengths.REASON, message = "The reason must be 2,000 characters or fewer.") String reason) {
        // Results are recorded at any point of the evaluation: they decide which answers need scores.
        Judging judging = judging(competitionId, bidId, questionId, competition -> { });
        PassFailResult result = evaluations.findPassFailResult(bidId, questionId)
                .orElseGet(() -> new PassFailResult(judging.bid(), judging.question()));
        result.record(passed, reason, callers.act());
        recorded(judging, result, "competition.pass-fail-recorded", "recorded the result of pass/fail question "
                + judging.question().getSortOrder() + " for bid " + bidId);
        return result;
    }

    /**
     * The bids scored and ranked by the published model, ties broken by {@link Scoring#TIE_RULE}.
     *
     * @throws uk.hearth.competitions.domain.EvaluationIncompleteException while a result or moderated score is missing
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public Ranking ranking(long competitionId) {
        MiniCompetition competition = competitions.get(competitionId);
        panel.requireFreeOfConflict(competition);
        return evaluated.ranking(competition);
    }

    /** A file attached to a valid bid, for a panel member who has declared no conflict (as the bid's answers). */
    @RolesAllowed(Roles.COMMISSIONER)
    public DocumentDownload bidAttachment(long competitionId, long bidId, @NotNull String key) {
        MiniCompetition competition = competitions.get(competitionId);
        panel.requireEvaluator(competition);
        Bid bid = evaluated.get(competition, bidId);
        return sealedBids.file(bid, sealedBids.readOpened(bid), key);
    }

    /** A panel member free of conflict judging one answer of a valid bid, while the bids are evaluated. */
    private record Judging(MiniCompetition competition, String evaluator, Bid bid, CompetitionQuestion question) {
    }

    /** @param stage what this kind of judgement further needs of the evaluation's progress */
    private Judging judging(long competitionId, long bidId, long questionId, Consumer<MiniCompetition> stage) {
        MiniCompetition competition = competitions.get(competitionId);
        String me = panel.requireEvaluator(competition);
        competition.requireEvaluating();
        stage.accept(competition);
        return new Judging(competition, me, evaluated.get(competition, bidId), question(competition, questionId));
    }

    /** Stores a judgement made for the first time (one made before is changed in place), and audits it. */
    private void recorded(Judging judging, AnswerEvaluation judgement, String action, String what) {
        if (judgement.getId() == null) {
            evaluations.add(judgement);
        }
        MiniCompetition competition = judging.competition();
        audit.record(action, "MiniCompetition", competition.getId(), competition.getReference() + ": "
                + judging.evaluator() + " " + what);
    }

    /** Evaluators score on their own until every score is in. */
    private void requireScoringOpen(MiniCompetition competition) {
        if (outstandingScores(competition, evaluations.scoresOf(competition.getId())) == 0) {
            throw new WrongStateException("Every evaluator has scored every answer of " + competition.getReference()
                    + ", so the scores are fixed for moderation.");
        }
    }

    /**
     * Scores still to come: from every panel member, for every quality answer of every valid bid that has not
     * failed a pass/fail question.
     */
    private long outstandingScores(MiniCompetition competition, List<EvaluatorScore> scores) {
        Set<Long> failed = evaluations.passFailResultsOf(competition.getId()).stream().filter(r -> !r.isPassed())
                .map(r -> r.getBid().getId()).collect(Collectors.toSet());
        Set<List<Object>> given = new HashSet<>();
        scores.forEach(s -> given.add(List.of(s.getScored().username(), s.getBid().getId(), s.getQuestion().getId())));
        List<Long> questions = competition.getQuestions().stream().filter(q -> q.getKind() == QuestionKind.QUALITY)
                .map(CompetitionQuestion::getId).toList();
        List<Long> bids = evaluated.of(competition).stream().map(Bid::getId).filter(b -> !failed.contains(b)).toList();
        return competition.getPanel().stream()
                .flatMap(evaluator -> bids.stream()
                        .flatMap(bid -> questions.stream().map(q -> List.<Object>of(evaluator, bid, q))))
                .filter(answer -> !given.contains(answer)).count();
    }

    /** Every evaluator's scores, once every one is in. */
    private List<EvaluatorScore> requireScoringComplete(MiniCompetition competition) {
        List<EvaluatorScore> scores = evaluations.scoresOf(competition.getId());
        long outstanding = outstandingScores(competition, scores);
        if (outstanding > 0) {
            throw new WrongStateException("Moderation of " + competition.getReference() + " starts once every evaluator"
                    + " has scored every answer on their own: " + outstanding + " "
                    + (outstanding == 1 ? "score is" : "scores are") + " still to come.");
        }
        return scores;
    }

    private static CompetitionQuestion question(MiniCompetition competition, long questionId) {
        return competition.getQuestions().stream().filter(q -> q.getId() == questionId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("The question"));
    }
}
