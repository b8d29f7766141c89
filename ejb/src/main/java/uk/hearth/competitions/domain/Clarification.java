package uk.hearth.competitions.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.Act;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.domain.Versioned;

/**
 * A bidder's question about a competition. The council answers it to every invited provider at once; who asked is
 * kept for the council's record and never shown to the other providers.
 */
@Entity(name = "CompetitionClarification")
@Table(name = "competition_clarification")
@NamedQuery(name = Clarification.OF_COMPETITION,
        query = "select c from CompetitionClarification c join fetch c.askedBy where c.competition.id = :competitionId"
                + " order by c.askedAt, c.id")
@NamedQuery(name = Clarification.OF_COMPETITION_BY_ID,
        query = "select c from CompetitionClarification c where c.id = :clarificationId and c.competition.id = :competitionId")
@NamedQuery(name = Clarification.PUBLISHED,
        query = "select c from CompetitionClarification c where c.competition.id = :competitionId and c.published = true"
                + " order by c.answered.at, c.id")
public class Clarification extends CompetitionPart implements Versioned {

    public static final String OF_COMPETITION = "CompetitionClarification.ofCompetition";
    public static final String OF_COMPETITION_BY_ID = "CompetitionClarification.ofCompetitionById";
    public static final String PUBLISHED = "CompetitionClarification.published";
    public static final int QUESTION_LENGTH = 2000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "asked_by_organisation_id", updatable = false)
    private Organisation askedBy;

    @Column(nullable = false, updatable = false, length = QUESTION_LENGTH)
    private String question;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(length = Lengths.TEXT)
    private String answer;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "answered_by", length = Lengths.USERNAME))
    @AttributeOverride(name = "at", column = @Column(name = "answered_at"))
    private Act answered;

    @Column(nullable = false)
    private boolean published;

    @Version
    private long version;

    protected Clarification() {
    }

    public Clarification(MiniCompetition competition, Organisation askedBy, String question, Instant askedAt) {
        super(competition);
        this.askedBy = askedBy;
        this.question = question.strip();
        this.askedAt = askedAt;
    }

    /** Answers and publishes to every invited provider; an answer, once published, is not taken back. */
    public void answer(String text, Act answered) {
        if (published) {
            throw new WrongStateException("This question has already been answered to all bidders.");
        }
        answer = text.strip();
        this.answered = answered;
        published = true;
    }

    /** For the council only. */
    public Organisation getAskedBy() {
        return askedBy;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getAnswer() {
        return answer;
    }

    /** Null until answered. */
    public Act getAnswered() {
        return answered;
    }

    public boolean isPublished() {
        return published;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
