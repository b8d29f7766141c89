package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A panel member's declaration, once per competition, of whether they have a conflict of interest with any bidder.
 * It comes before they see any bid; one who declares a conflict leaves the panel and takes no further part.
 */
@Entity
@Table(name = "conflict_declaration")
@NamedQuery(name = ConflictDeclaration.OF_COMPETITION,
        query = "select d from ConflictDeclaration d where d.competition.id = :competitionId order by d.declaredAt, d.id")
public class ConflictDeclaration {

    public static final String OF_COMPETITION = "ConflictDeclaration.ofCompetition";
    public static final int NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "competition_id", updatable = false)
    private MiniCompetition competition;

    @Column(nullable = false, updatable = false, length = 100)
    private String evaluator;

    @Column(nullable = false, updatable = false)
    private boolean conflicted;

    @Column(updatable = false, length = NOTE_LENGTH)
    private String note;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected ConflictDeclaration() {
    }

    public ConflictDeclaration(MiniCompetition competition, String evaluator, boolean conflicted, String note,
            Instant now) {
        this.competition = competition;
        this.evaluator = evaluator;
        this.conflicted = conflicted;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.declaredAt = now;
    }

    public Long getId() {
        return id;
    }

    public MiniCompetition getCompetition() {
        return competition;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public boolean isConflicted() {
        return conflicted;
    }

    public String getNote() {
        return note;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
