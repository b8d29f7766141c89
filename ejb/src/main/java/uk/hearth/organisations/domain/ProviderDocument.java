package uk.hearth.organisations.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.OptionalInt;
import uk.hearth.documents.domain.StoredFile;
import uk.hearth.shared.Act;

/**
 * A file held for an organisation: an upload or a letter Hearth generated. The bytes live in the document store
 * under their SHA-256; this row says whose they are and what they are. Only the expiry reminders sent are
 * recorded after it is stored; everything else is fixed.
 */
@Entity
@Table(name = "provider_document")
@NamedQuery(name = ProviderDocument.OF_ORGANISATION,
        query = "select d from ProviderDocument d where d.organisation.id = :organisationId order by d.uploaded.at desc, d.id desc")
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

    @Embedded
    private StoredFile file;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Embedded
    @AttributeOverride(name = "username", column = @Column(name = "uploaded_by", nullable = false, updatable = false))
    @AttributeOverride(name = "at", column = @Column(name = "uploaded_at", nullable = false, updatable = false))
    private Act uploaded;

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
            StoredFile file, LocalDate expiresOn, Act uploaded) {
        this.requirement = requirement;
        this.organisation = organisation;
        this.category = category;
        this.file = file;
        this.expiresOn = expiresOn;
        this.uploaded = uploaded;
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

    public StoredFile getFile() {
        return file;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Act getUploaded() {
        return uploaded;
    }
}
