package uk.hearth.competitions.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one competition, which it never leaves: a question, an invitation, a bid, a judgement… */
@MappedSuperclass
public abstract class CompetitionPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "competition_id", updatable = false)
    private MiniCompetition competition;

    protected CompetitionPart() {
    }

    protected CompetitionPart(MiniCompetition competition) {
        this.competition = competition;
    }

    public Long getId() {
        return id;
    }

    public MiniCompetition getCompetition() {
        return competition;
    }
}
