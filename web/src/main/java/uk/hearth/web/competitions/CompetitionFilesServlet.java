package uk.hearth.web.competitions;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.hearth.competitions.application.CompetitionBids;
import uk.hearth.competitions.application.CompetitionEvaluation;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.web.shared.Downloads;

/**
 * A competition's files: {@code ?competition=&document=} for a specification document, {@code ?competition=&bid=&key=}
 * for a file attached to a bid. Providers reach them through their invitation (their own bid's files only); the
 * council through the competition, bid files only for evaluators who declared no conflict. The services decide.
 */
@WebServlet("/documents/competition")
public class CompetitionFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetitionBids bids;

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private CompetitionEvaluation evaluation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentDownload file;
        try {
            long competition = Long.parseLong(request.getParameter("competition"));
            boolean provider = request.isUserInRole(Roles.PROVIDER);
            String document = request.getParameter("document");
            String key = request.getParameter("key");
            if (document != null) {
                long id = Long.parseLong(document);
                file = provider ? bids.specification(competition, id) : competitions.specification(competition, id);
            } else if (key != null) {
                file = provider ? bids.attachment(competition, key)
                        : evaluation.bidAttachment(competition, Long.parseLong(request.getParameter("bid")), key);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (NumberFormatException | RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_CONFLICT, refused.getMessage());
            return;
        }
        Downloads.send(response, file.mediaType(), file.fileName(), file.content());
    }
}
