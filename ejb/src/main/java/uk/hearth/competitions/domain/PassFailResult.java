package uk.hearth.competitions.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import uk.hearth.shared.Act;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.Lengths;

/**
 * Whether one bid passed one pass/fail question, as the moderator recorded it. A bid that fails one is excluded
 * from scoring, and the reason is recorded for its award letter and any challenge.
 */
@Entity
@Table(name = "pass_fail_result")
@NamedQuery(name = PassFailResult.OF_COMPETITION, query = "select r from PassFailResult r join fetch r.question"
        + " where r.competition.id = :competitionId order by r.bid.id, r.question.sortOrder")
@NamedQuery(name = PassFailResult.FOR_ANSWER,
        query = "select r from PassFailResult r where r.bid.id = :bidId and r.question.id = :questionId")
public class PassFailResult extends AnswerEvaluation {

    public static final String OF_COMPETITION = "PassFailResult.ofCompetition";
    public static final String FOR_ANSWER = "PassFailResult.forAnswer";

    @Column(nullable = false)
    private boolean passed;

    @Column(length = Lengths.REASON)
    private String reason;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "recorded_by", length = Lengths.USERNAME, nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "recorded_at", nullable = false))
    private Act recorded;

    protected PassFailResult() {
    }

    public PassFailResult(Bid bid, CompetitionQuestion question) {
        super(bid, question, QuestionKind.PASS_FAIL);
    }

    /** Records the result; a failure needs its reason. Recording again replaces it until the award is decided. */
    public void record(boolean hasPassed, String why, Act recorded) {
        if (!hasPassed && (why == null || why.isBlank())) {
            throw new BusinessException("reason", "Record why the bid fails question " + getQuestion().getSortOrder() + ".");
        }
        passed = hasPassed;
        reason = why == null || why.isBlank() ? null : why.strip();
        this.recorded = recorded;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getReason() {
        return reason;
    }

    public Act getRecorded() {
        return recorded;
    }
}
