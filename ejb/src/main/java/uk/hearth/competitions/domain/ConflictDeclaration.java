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
 * A panel member's declaration, once per competition, of whether they have a conflict of interest with any bidder.
 * It comes before they see any bid; one who declares a conflict leaves the panel and takes no further part.
 */
@Entity
@Table(name = "conflict_declaration")
@NamedQuery(name = ConflictDeclaration.OF_COMPETITION,
        query = "select d from ConflictDeclaration d where d.competition.id = :competitionId order by d.declared.at, d.id")
@NamedQuery(name = ConflictDeclaration.OF_EVALUATOR, query = "select d from ConflictDeclaration d"
        + " where d.competition.id = :competitionId and d.declared.username = :evaluator")
public class ConflictDeclaration extends CompetitionPart {

    public static final String OF_COMPETITION = "ConflictDeclaration.ofCompetition";
    public static final String OF_EVALUATOR = "ConflictDeclaration.ofEvaluator";

    @Column(nullable = false, updatable = false)
    private boolean conflicted;

    @Column(updatable = false, length = Lengths.REASON)
    private String note;

    /** The evaluator who declared, and when. */
    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "evaluator", length = Lengths.USERNAME, nullable = false,
            updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "declared_at", nullable = false, updatable = false))
    private Act declared;

    protected ConflictDeclaration() {
    }

    public ConflictDeclaration(MiniCompetition competition, boolean conflicted, String note, Act declared) {
        super(competition);
        this.conflicted = conflicted;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.declared = declared;
    }

    public boolean isConflicted() {
        return conflicted;
    }

    public String getNote() {
        return note;
    }

    public Act getDeclared() {
        return declared;
    }
}
