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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A file held for an organisation: an upload or a letter Hearth generated. The bytes live in the document store
 * under their SHA-256; this row says whose they are and what they are. Only the expiry reminders sent are
 * recorded after it is stored; everything else is fixed.
 */
@Entity
@Table(name = "provider_document")
@NamedQuery(name = ProviderDocument.OF_ORGANISATION,
        query = "select d from ProviderDocument d where d.organisation.id = :organisationId order by d.uploadedAt desc, d.id desc")
public class ProviderDocument {

    public static final String OF_ORGANISATION = "ProviderDocument.ofOrganisation";

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

    /** The requirement this document meets (a questionnaire question code); a newer one replaces it. */
    @Column(length = 60, updatable = false)
    private String requirement;

    @Column(name = "reminded_30", nullable = false)
    private boolean remindedThirtyDays;

    @Column(name = "reminded_7", nullable = false)
    private boolean remindedSevenDays;

    protected ProviderDocument() {
    }

    public ProviderDocument(Organisation organisation, DocumentCategory category, String requirement,
            UploadPolicy.CheckedUpload upload, LocalDate expiresOn, Instant uploadedAt, String uploadedBy) {
        this.requirement = requirement;
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

    /** Whether the document has lapsed by {@code today} (it is valid up to and including its expiry date). */
    public boolean hasExpiredBy(LocalDate today) {
        return expiresOn != null && today.isAfter(expiresOn);
    }

    /**
     * Which reminder is due today, if any: 30 days before expiry, then 7. Each is sent once; a document found
     * late gets only the nearer one.
     */
    public java.util.OptionalInt reminderDue(LocalDate today) {
        if (expiresOn == null || hasExpiredBy(today)) {
            return java.util.OptionalInt.empty();
        }
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, expiresOn);
        if (daysLeft <= 7 && !remindedSevenDays) {
            return java.util.OptionalInt.of(7);
        }
        if (daysLeft <= 30 && daysLeft > 7 && !remindedThirtyDays) {
            return java.util.OptionalInt.of(30);
        }
        return java.util.OptionalInt.empty();
    }

    public void markReminded(int days) {
        if (days <= 7) {
            remindedSevenDays = true;
        }
        remindedThirtyDays = true;
    }

    public String getRequirement() {
        return requirement;
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
