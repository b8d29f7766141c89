package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One evaluator's own score, 0 to 5 with a justification, for one bid's answer to a quality question. Evaluators
 * score independently: each sees only their own scores until every score is in and moderation begins.
 */
@Entity
@Table(name = "evaluator_score")
@NamedQuery(name = EvaluatorScore.OF_COMPETITION, query = "select s from EvaluatorScore s join fetch s.question"
        + " where s.competition.id = :competitionId order by s.bid.id, s.question.sortOrder, s.evaluator")
@NamedQuery(name = EvaluatorScore.OF_EVALUATOR, query = "select s from EvaluatorScore s join fetch s.question"
        + " where s.competition.id = :competitionId and s.evaluator = :evaluator order by s.bid.id, s.question.sortOrder")
public class EvaluatorScore extends AnswerEvaluation {

    public static final String OF_COMPETITION = "EvaluatorScore.ofCompetition";
    public static final String OF_EVALUATOR = "EvaluatorScore.ofEvaluator";
    public static final int JUSTIFICATION_LENGTH = 4000;

    @Column(nullable = false, updatable = false, length = 100)
    private String evaluator;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = JUSTIFICATION_LENGTH)
    private String justification;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected EvaluatorScore() {
    }

    public EvaluatorScore(Bid bid, CompetitionQuestion question, String evaluator) {
        super(bid, question, QuestionKind.QUALITY);
        this.evaluator = evaluator;
    }

    /** A first score, or the evaluator's change of mind while scoring is still independent. */
    public void score(int newScore, String newJustification, Instant now) {
        score = newScore;
        justification = newJustification.strip();
        scoredAt = now;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public int getScore() {
        return score;
    }

    public String getJustification() {
        return justification;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
