package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.hearth.shared.BusinessException;

/**
 * Whether one bid passed one pass/fail question, as the moderator recorded it. A bid that fails one is excluded
 * from scoring, and the reason is recorded for its award letter and any challenge.
 */
@Entity
@Table(name = "pass_fail_result")
@NamedQuery(name = PassFailResult.OF_COMPETITION, query = "select r from PassFailResult r join fetch r.question"
        + " where r.competition.id = :competitionId order by r.bid.id, r.question.sortOrder")
public class PassFailResult extends AnswerEvaluation {

    public static final String OF_COMPETITION = "PassFailResult.ofCompetition";
    public static final int REASON_LENGTH = 2000;

    @Column(nullable = false)
    private boolean passed;

    @Column(length = REASON_LENGTH)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PassFailResult() {
    }

    public PassFailResult(Bid bid, CompetitionQuestion question) {
        super(bid, question, QuestionKind.PASS_FAIL);
    }

    /** Records the result; a failure needs its reason. Recording again replaces it until the award is decided. */
    public void record(boolean hasPassed, String why, String by, Instant now) {
        if (!hasPassed && (why == null || why.isBlank())) {
            throw new BusinessException("Record why the bid fails question " + getQuestion().getSortOrder() + ".");
        }
        passed = hasPassed;
        reason = why == null || why.isBlank() ? null : why.strip();
        recordedBy = by;
        recordedAt = now;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
