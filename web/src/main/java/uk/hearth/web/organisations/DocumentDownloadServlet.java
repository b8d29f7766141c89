package uk.hearth.web.organisations;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.web.shared.Downloads;

/** Streams a stored document; the service decides whether the caller may have it. */
@WebServlet("/documents/download")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentDownload download;
        try {
            download = documents.download(id);
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Downloads.send(response, download.mediaType(), download.fileName(), download.content());
    }
}
