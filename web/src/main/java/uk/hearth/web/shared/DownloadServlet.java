package uk.hearth.web.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.NotAllowedException;
import uk.hearth.shared.RecordNotFoundException;

/**
 * Every servlet that sends a file or an export: a subclass reads the parameters it needs with {@link #id} and
 * says which service call answers the file; this base sends it, and answers a refusal the same way for every file.
 * A missing, malformed or impossible id, and a record the caller may not see, are not found (404); a caller whose
 * role or the rules keep them out is forbidden (403); a file that does not exist yet at this stage (no award, no
 * contract) is a conflict (409) whose plain-English reason is the body. Never a stack trace.
 */
public abstract class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A positive number that fits a {@code long}: ids start at 1. */
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    /** The file asked for; the service decides whether the caller may have it. */
    protected abstract DocumentDownload download(HttpServletRequest request);

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentDownload file;
        try {
            file = download(request);
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException | NotAllowedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().println(refused.getMessage());
            return;
        }
        Downloads.send(response, file.mediaType(), file.fileName(), file.content());
    }

    /** The record id in {@code parameter}: one that is missing, not a number or out of range names no record. */
    protected static long id(HttpServletRequest request, String parameter) {
        String id = request.getParameter(parameter);
        if (id == null || !ID.matcher(id).matches()) {
            throw new RecordNotFoundException("The file");
        }
        return Long.parseLong(id);
    }

    /** A text export as a download, in UTF-8. */
    protected static DocumentDownload text(String fileName, String mediaType, String content) {
        return new DocumentDownload(fileName, mediaType + ";charset=UTF-8", content.getBytes(StandardCharsets.UTF_8));
    }
}
