package uk.hearth.competitions.domain;

import java.util.List;
import java.util.Optional;

/**
 * The records of a competition's evaluation: conflict declarations, evaluators' scores, moderated scores and
 * pass/fail results. None is an aggregate of its own; each is reached through its competition, or its bid and
 * question.
 */
public interface EvaluationRepository {

    /** Who declared what, in the order they declared. */
    List<ConflictDeclaration> declarationsOf(long competitionId);

    Optional<ConflictDeclaration> findDeclaration(long competitionId, String evaluator);

    void add(ConflictDeclaration declaration);

    /** Every evaluator's scores, with their questions, by bid, question and evaluator. */
    List<EvaluatorScore> scoresOf(long competitionId);

    /** One evaluator's scores, with their questions, by bid and question. */
    List<EvaluatorScore> scoresBy(long competitionId, String evaluator);

    Optional<EvaluatorScore> findScore(long bidId, long questionId, String evaluator);

    /** The moderated scores, with their questions, by bid and question. */
    List<ModeratedScore> moderatedScoresOf(long competitionId);

    Optional<ModeratedScore> findModeratedScore(long bidId, long questionId);

    /** The pass/fail results, with their questions, by bid and question. */
    List<PassFailResult> passFailResultsOf(long competitionId);

    Optional<PassFailResult> findPassFailResult(long bidId, long questionId);

    /** Stores a new score, moderated score or pass/fail result. */
    void add(AnswerEvaluation judgement);
}
