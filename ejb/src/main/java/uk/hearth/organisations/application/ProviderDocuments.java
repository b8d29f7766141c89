package uk.hearth.organisations.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.documents.domain.DocumentStore;
import uk.hearth.documents.domain.StoredFile;
import uk.hearth.documents.domain.UploadPolicy;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.organisations.domain.ProviderDocumentRepository;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/** Documents an organisation holds: uploads checked by content, and letters Hearth generates. */
@Stateless
public class ProviderDocuments {

    @Inject
    private ProviderDocumentRepository documents;

    @Inject
    private CallerProfiles callers;

    @Inject
    private DocumentStore store;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    @Resource
    private SessionContext session;

    /** Checks the file by its content (PDF, DOCX, PNG, JPEG; 20 MB at most) before anything is stored. */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderDocument upload(String fileName, @NotNull byte[] content, @NotNull DocumentCategory category,
            String requirement, LocalDate expiresOn) {
        StoredFile upload = UploadPolicy.check(fileName, content);
        if (category.expires() && expiresOn == null) {
            throw new BusinessException("Enter the expiry date of ‘" + upload.fileName() + "’: " + category.label().toLowerCase()
                    + "s lapse, and Hearth reminds you before they do.");
        }
        if (expiresOn != null && !expiresOn.isAfter(clock.today())) {
            throw new BusinessException("‘" + upload.fileName() + "’ expired on " + expiresOn + ": upload a current one.");
        }
        return keep(callers.requireOrganisation(), category, requirement, upload, content, expiresOn);
    }

    /**
     * Files a document Hearth generated for an organisation, such as an admission letter, or the placement
     * agreement a provider's own confirmation produces (a provider only ever for its own organisation).
     */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.PROVIDER})
    public ProviderDocument fileGenerated(Organisation organisation, DocumentCategory category, String fileName,
            byte[] content) {
        if (session.isCallerInRole(Roles.PROVIDER) && !isCouncil()
                && !organisation.getId().equals(callers.requireOrganisation().getId())) {
            throw new RecordNotFoundException("The organisation");
        }
        return keep(organisation, category, null, UploadPolicy.check(fileName, content), content, null);
    }

    /** The caller's documents, newest first. */
    @RolesAllowed(Roles.PROVIDER)
    public List<ProviderDocument> myDocuments() {
        return documents.ofOrganisation(callers.requireOrganisation().getId());
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<ProviderDocument> documentsOf(long organisationId) {
        return documents.ofOrganisation(organisationId);
    }

    /** Providers read their own organisation's documents; council staff read any. */
    @RolesAllowed({Roles.PROVIDER, Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public DocumentDownload download(long documentId) {
        ProviderDocument document = documents.get(documentId);
        if (session.isCallerInRole(Roles.PROVIDER) && !isCouncil()
                && !document.getOrganisation().getId().equals(callers.requireOrganisation().getId())) {
            throw new RecordNotFoundException("The document");
        }
        return store.download(document.getFile());
    }

    private boolean isCouncil() {
        return session.isCallerInRole(Roles.COMMISSIONER) || session.isCallerInRole(Roles.CONTRACT_MANAGER)
                || session.isCallerInRole(Roles.ADMIN);
    }

    private ProviderDocument keep(Organisation organisation, DocumentCategory category, String requirement,
            StoredFile upload, byte[] content, LocalDate expiresOn) {
        store.put(upload, content);
        ProviderDocument document = new ProviderDocument(organisation, category, requirement, upload, expiresOn, callers.act());
        documents.add(document);
        audit.record("document.stored", "ProviderDocument", document.getId(), category.label() + " ‘" + upload.fileName()
                + "’ (" + upload.size() + " bytes, SHA-256 " + upload.sha256() + ") stored for " + organisation.getLegalName()
                + (expiresOn == null ? "" : ", expires " + expiresOn));
        return document;
    }
}
