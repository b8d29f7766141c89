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
 * The score, 0 to 5, the panel agreed for one bid's answer to a quality question after seeing every evaluator's
 * score, with the moderator's note of why. This is the score the bid is ranked by.
 */
@Entity
@Table(name = "moderated_score")
@NamedQuery(name = ModeratedScore.OF_COMPETITION, query = "select s from ModeratedScore s join fetch s.question"
        + " where s.competition.id = :competitionId order by s.bid.id, s.question.sortOrder")
@NamedQuery(name = ModeratedScore.FOR_ANSWER,
        query = "select s from ModeratedScore s where s.bid.id = :bidId and s.question.id = :questionId")
public class ModeratedScore extends AnswerEvaluation {

    public static final String OF_COMPETITION = "ModeratedScore.ofCompetition";
    public static final String FOR_ANSWER = "ModeratedScore.forAnswer";
    public static final int NOTE_LENGTH = 4000;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = NOTE_LENGTH)
    private String note;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "moderator", length = Lengths.USERNAME, nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "moderated_at", nullable = false))
    private Act moderated;

    protected ModeratedScore() {
    }

    public ModeratedScore(Bid bid, CompetitionQuestion question) {
        super(bid, question, QuestionKind.QUALITY);
    }

    /** Records the agreed score; moderating again replaces it until the award is decided. */
    public void moderate(int newScore, String newNote, Act moderated) {
        score = newScore;
        note = newNote.strip();
        this.moderated = moderated;
    }

    public int getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }

    public Act getModerated() {
        return moderated;
    }
}
