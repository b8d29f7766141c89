package uk.hearth.web.organisations;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.web.shared.DownloadServlet;

/** A stored document, {@code ?id=}; the service decides whether the caller may have it. */
@WebServlet("/documents/download")
public class DocumentDownloadServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderDocuments documents;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        return documents.download(id(request, "id"));
    }
}
