package uk.hearth.web.competitions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import uk.hearth.competitions.application.CompetitionBids;
import uk.hearth.competitions.application.CompetitionEvaluation;
import uk.hearth.competitions.application.MiniCompetitions;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.web.shared.DownloadServlet;

/**
 * A competition's files: {@code ?competition=&document=} for a specification document, {@code ?competition=&bid=&key=}
 * for a file attached to a bid. Providers reach them through their invitation (their own bid's files only); the
 * council through the competition, bid files only for evaluators who declared no conflict. The services decide.
 */
@WebServlet("/documents/competition")
public class CompetitionFilesServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetitionBids bids;

    @Inject
    private MiniCompetitions competitions;

    @Inject
    private CompetitionEvaluation evaluation;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        long competition = id(request, "competition");
        boolean provider = request.isUserInRole(Roles.PROVIDER);
        String key = request.getParameter("key");
        if (request.getParameter("document") != null) {
            long document = id(request, "document");
            return provider ? bids.specification(competition, document) : competitions.specification(competition, document);
        }
        if (key != null) {
            return provider ? bids.attachment(competition, key) : evaluation.bidAttachment(competition, id(request, "bid"), key);
        }
        throw new RecordNotFoundException("The file");
    }
}
