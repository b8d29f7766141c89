package uk.hearth.organisations.domain;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A file held for an organisation: an upload or a letter Hearth generated. The bytes live in the document store
 * under their SHA-256; this row says whose they are and what they are. Never changed once stored.
 */
@Entity
@Table(name = "provider_document")
public class ProviderDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private DocumentCategory category;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private DocumentFormat format;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    protected ProviderDocument() {
    }

    public ProviderDocument(Organisation organisation, DocumentCategory category, UploadPolicy.CheckedUpload upload,
            LocalDate expiresOn, Instant uploadedAt, String uploadedBy) {
        this.organisation = organisation;
        this.category = category;
        this.fileName = upload.fileName();
        this.format = upload.format();
        this.size = upload.size();
        this.sha256 = upload.sha256();
        this.expiresOn = expiresOn;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public DocumentCategory getCategory() {
        return category;
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

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
