package uk.hearth.web.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jakarta.servlet.http.Part;
import uk.hearth.onboarding.application.DocumentCompliance;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;
import uk.hearth.web.shared.Uploads;

/** provider/documents.xhtml: certificates and their expiry, replacements, and every document held. */
@Named
@ViewScoped
public class ProviderDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentCompliance compliance;

    @Inject
    private ProviderDocuments documents;

    private List<ProviderDocument> certificates;
    private List<ProviderDocument> all;
    private String requirement;
    // Only for the request that uploads it: a file part is never kept with the view.
    private transient Part file;
    private LocalDate expiry;

    public void load() {
        certificates = compliance.myCertificates();
        all = documents.myDocuments();
    }

    public void replace() {
        if (requirement == null) {
            FacesMessages.error("Choose which certificate you are replacing.");
            return;
        }
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("Choose the file of the new certificate.");
            return;
        }
        String fileName = file.getSubmittedFileName();
        byte[] content = Uploads.bytesOf(file);
        ServiceCalls.attempt(() -> compliance.replace(requirement, fileName, content, expiry)).ifPresent(saved -> {
            FacesMessages.info("‘" + fileName + "’ is filed and replaces the earlier certificate. Any suspension it caused is lifted.");
            load();
        });
        file = null;
        expiry = null;
        requirement = null;
    }

    public List<ProviderDocument> getCertificates() {
        return certificates;
    }

    public List<ProviderDocument> getAll() {
        return all;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public void setExpiry(LocalDate expiry) {
        this.expiry = expiry;
    }
}
