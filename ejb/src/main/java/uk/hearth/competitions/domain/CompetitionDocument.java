package uk.hearth.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.hearth.organisations.domain.DocumentFormat;
import uk.hearth.organisations.domain.UploadPolicy;

/** A specification document the council publishes with a competition; the bytes live in the document store. */
@Entity
@Table(name = "competition_document")
@NamedQuery(name = CompetitionDocument.OF_COMPETITION,
        query = "select d from CompetitionDocument d where d.competition.id = :competitionId order by d.uploadedAt, d.id")
public class CompetitionDocument {

    public static final String OF_COMPETITION = "CompetitionDocument.ofCompetition";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "competition_id", updatable = false)
    private MiniCompetition competition;

    @Column(name = "file_name", nullable = false, updatable = false, length = UploadPolicy.MAX_FILE_NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private DocumentFormat format;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    protected CompetitionDocument() {
    }

    public CompetitionDocument(MiniCompetition competition, UploadPolicy.CheckedUpload upload, Instant uploadedAt,
            String uploadedBy) {
        this.competition = competition;
        this.fileName = upload.fileName();
        this.format = upload.format();
        this.size = upload.size();
        this.sha256 = upload.sha256();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public MiniCompetition getCompetition() {
        return competition;
    }

    public String getFileName() {
        return fileName;
    }

    public DocumentFormat getFormat() {
        return format;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
