package uk.hearth.competitions.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import uk.hearth.shared.Act;
import uk.hearth.shared.Lengths;

/**
 * One evaluator's own score, 0 to 5 with a justification, for one bid's answer to a quality question. Evaluators
 * score independently: each sees only their own scores until every score is in and moderation begins.
 */
@Entity
@Table(name = "evaluator_score")
@NamedQuery(name = EvaluatorScore.OF_COMPETITION, query = "select s from EvaluatorScore s join fetch s.question"
        + " where s.competition.id = :competitionId order by s.bid.id, s.question.sortOrder, s.scored.username")
@NamedQuery(name = EvaluatorScore.OF_EVALUATOR, query = "select s from EvaluatorScore s join fetch s.question"
        + " where s.competition.id = :competitionId and s.scored.username = :evaluator order by s.bid.id, s.question.sortOrder")
@NamedQuery(name = EvaluatorScore.FOR_ANSWER, query = "select s from EvaluatorScore s"
        + " where s.bid.id = :bidId and s.question.id = :questionId and s.scored.username = :evaluator")
public class EvaluatorScore extends AnswerEvaluation {

    public static final String OF_COMPETITION = "EvaluatorScore.ofCompetition";
    public static final String OF_EVALUATOR = "EvaluatorScore.ofEvaluator";
    public static final String FOR_ANSWER = "EvaluatorScore.forAnswer";
    public static final int JUSTIFICATION_LENGTH = 4000;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = JUSTIFICATION_LENGTH)
    private String justification;

    /** The evaluator, who never changes, and when they last scored. */
    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "evaluator", length = Lengths.USERNAME, nullable = false,
            updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "scored_at", nullable = false))
    private Act scored;

    protected EvaluatorScore() {
    }

    public EvaluatorScore(Bid bid, CompetitionQuestion question) {
        super(bid, question, QuestionKind.QUALITY);
    }

    /**
     * A first score, or the evaluator's change of mind while scoring is still independent.
     *
     * @param scored by the evaluator whose score this is
     */
    public void score(int newScore, String newJustification, Act scored) {
        if (this.scored != null && !this.scored.username().equals(scored.username())) {
            throw new IllegalArgumentException(scored.username() + " cannot change the score of " + this.scored.username());
        }
        score = newScore;
        justification = newJustification.strip();
        this.scored = scored;
    }

    public int getScore() {
        return score;
    }

    public String getJustification() {
        return justification;
    }

    public Act getScored() {
        return scored;
    }
}
