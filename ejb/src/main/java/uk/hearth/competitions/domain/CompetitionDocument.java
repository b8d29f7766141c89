package uk.hearth.competitions.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import uk.hearth.documents.domain.StoredFile;
import uk.hearth.shared.Act;

/** A specification document the council publishes with a competition; the bytes live in the document store. */
@Entity
@Table(name = "competition_document")
@NamedQuery(name = CompetitionDocument.OF_COMPETITION,
        query = "select d from CompetitionDocument d where d.competition.id = :competitionId order by d.uploaded.at, d.id")
@NamedQuery(name = CompetitionDocument.OF_COMPETITION_BY_ID,
        query = "select d from CompetitionDocument d where d.id = :documentId and d.competition.id = :competitionId")
public class CompetitionDocument extends CompetitionPart {

    public static final String OF_COMPETITION = "CompetitionDocument.ofCompetition";
    public static final String OF_COMPETITION_BY_ID = "CompetitionDocument.ofCompetitionById";

    @Embedded
    private StoredFile file;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "uploaded_by", nullable = false, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "uploaded_at", nullable = false, updatable = false))
    private Act uploaded;

    protected CompetitionDocument() {
    }

    public CompetitionDocument(MiniCompetition competition, StoredFile file, Act uploaded) {
        super(competition);
        this.file = file;
        this.uploaded = uploaded;
    }

    public StoredFile getFile() {
        return file;
    }

    public Act getUploaded() {
        return uploaded;
    }
}
