package uk.hearth.competitions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.hearth.competitions.domain.AnswerEvaluation;
import uk.hearth.competitions.domain.ConflictDeclaration;
import uk.hearth.competitions.domain.EvaluationRepository;
import uk.hearth.competitions.domain.EvaluatorScore;
import uk.hearth.competitions.domain.ModeratedScore;
import uk.hearth.competitions.domain.PassFailResult;
import uk.hearth.shared.infrastructure.JpaRepository;

/** Typed on the declarations for the base's storing and queries; the judgements go by bid and question. */
@ApplicationScoped
public class JpaEvaluationRepository extends JpaRepository<ConflictDeclaration> implements EvaluationRepository {

    private static final String COMPETITION_ID = "competitionId";

    public JpaEvaluationRepository() {
        super(ConflictDeclaration.class, "The declaration");
    }

    @Override
    public List<ConflictDeclaration> declarationsOf(long competitionId) {
        return list(ConflictDeclaration.OF_COMPETITION, COMPETITION_ID, competitionId);
    }

    @Override
    public Optional<ConflictDeclaration> findDeclaration(long competitionId, String evaluator) {
        return first(ConflictDeclaration.OF_EVALUATOR, COMPETITION_ID, competitionId, "evaluator", evaluator);
    }

    @Override
    public List<EvaluatorScore> scoresOf(long competitionId) {
        return query(EvaluatorScore.OF_COMPETITION, EvaluatorScore.class, COMPETITION_ID, competitionId).getResultList();
    }

    @Override
    public List<EvaluatorScore> scoresBy(long competitionId, String evaluator) {
        return query(EvaluatorScore.OF_EVALUATOR, EvaluatorScore.class, COMPETITION_ID, competitionId,
                "evaluator", evaluator).getResultList();
    }

    @Override
    public Optional<EvaluatorScore> findScore(long bidId, long questionId, String evaluator) {
        return query(EvaluatorScore.FOR_ANSWER, EvaluatorScore.class, "bidId", bidId, "questionId", questionId,
                "evaluator", evaluator).getResultStream().findFirst();
    }

    @Override
    public List<ModeratedScore> moderatedScoresOf(long competitionId) {
        return query(ModeratedScore.OF_COMPETITION, ModeratedScore.class, COMPETITION_ID, competitionId).getResultList();
    }

    @Override
    public Optional<ModeratedScore> findModeratedScore(long bidId, long questionId) {
        return query(ModeratedScore.FOR_ANSWER, ModeratedScore.class, "bidId", bidId, "questionId", questionId)
                .getResultStream().findFirst();
    }

    @Override
    public List<PassFailResult> passFailResultsOf(long competitionId) {
        return query(PassFailResult.OF_COMPETITION, PassFailResult.class, COMPETITION_ID, competitionId).getResultList();
    }

    @Override
    public Optional<PassFailResult> findPassFailResult(long bidId, long questionId) {
        return query(PassFailResult.FOR_ANSWER, PassFailResult.class, "bidId", bidId, "questionId", questionId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(AnswerEvaluation judgement) {
        em.persist(judgement);
    }
}
