package uk.hearth.competitions.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.domain.Versioned;

/**
 * A judgement of one bid's answer to one question of its competition: an evaluator's score, the moderated score or
 * the pass/fail result. Only valid bids are evaluated, and each kind of question only in its own way.
 */
@MappedSuperclass
public abstract class AnswerEvaluation extends CompetitionPart implements Versioned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "bid_id", updatable = false)
    private Bid bid;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", updatable = false)
    private CompetitionQuestion question;

    @Version
    private long version;

    protected AnswerEvaluation() {
    }

    /** @param kind the kind of question this judgement is made on */
    protected AnswerEvaluation(Bid bid, CompetitionQuestion question, QuestionKind kind) {
        super(bid.getCompetition());
        if (!bid.getCompetition().getId().equals(question.getCompetition().getId())) {
            throw new IllegalArgumentException("Bid " + bid.getId() + " and question " + question.getId()
                    + " belong to different competitions");
        }
        if (bid.getStatus() != BidStatus.SUBMITTED) {
            throw new WrongStateException("The bid from " + bid.getOrganisation().getLegalName() + " is "
                    + bid.getStatus().label().toLowerCase() + ", so it is not evaluated.");
        }
        if (question.getKind() != kind) {
            throw new BusinessException("Question " + question.getSortOrder() + " is "
                    + (question.getKind() == QuestionKind.PASS_FAIL ? "pass/fail: record whether each bid passes it."
                            : "a quality question: it is scored, not passed or failed."));
        }
        this.bid = bid;
        this.question = question;
    }

    public Bid getBid() {
        return bid;
    }

    public CompetitionQuestion getQuestion() {
        return question;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
