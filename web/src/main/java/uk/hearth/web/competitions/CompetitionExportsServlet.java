package uk.hearth.web.competitions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import uk.hearth.competitions.application.CompetitionAward;
import uk.hearth.competitions.application.CompetitionExports;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.web.shared.DownloadServlet;

/**
 * A competition's open data and papers: the OCDS release package ({@code competition-ocds.json}), the scores
 * ({@code competition-scores.csv}) and the concluded contract ({@code competition-contract.pdf}), each for
 * {@code ?id=}. The service checks the caller's role and the competition's stage.
 */
@WebServlet({"/council/exports/competition-ocds.json", "/council/exports/competition-scores.csv",
        "/council/exports/competition-contract.pdf"})
public class CompetitionExportsServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetitionAward award;

    @Inject
    private CompetitionExports exports;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        long id = id(request, "id");
        String path = request.getServletPath();
        if (path.endsWith(".pdf")) {
            return award.contract(id);
        }
        if (path.endsWith(".json")) {
            URI published = URI.create(request.getRequestURL() + "?id=" + id);
            return text("competition-" + id + "-ocds.json", "application/json", exports.ocds(id, published).toString());
        }
        return text("competition-" + id + "-scores.csv", "text/csv", exports.scoresCsv(id));
    }
}
