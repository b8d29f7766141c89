package uk.hearth.web.competitions;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import uk.hearth.competitions.application.CompetitionAward;
import uk.hearth.competitions.application.CompetitionExports;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.web.shared.Downloads;

/**
 * A competition's open data and papers: the OCDS release package ({@code competition-ocds.json}), the scores
 * ({@code competition-scores.csv}) and the concluded contract ({@code competition-contract.pdf}), each for
 * {@code ?id=}. The service checks the caller's role and the competition's stage.
 */
@WebServlet({"/council/exports/competition-ocds.json", "/council/exports/competition-scores.csv",
        "/council/exports/competition-contract.pdf"})
public class CompetitionExportsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetitionAward award;

    @Inject
    private CompetitionExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            export(request, response, id);
        } catch (BusinessException refused) {
            // Not yet (no award, no contract) or not found: say so plainly, as the pages would.
            response.setStatus(refused instanceof RecordNotFoundException ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().println(refused.getMessage());
        }
    }

    private void export(HttpServletRequest request, HttpServletResponse response, long id) throws IOException {
        String path = request.getServletPath();
        if (path.endsWith(".pdf")) {
            DocumentDownload contract = award.contract(id);
            Downloads.send(response, contract.mediaType(), contract.fileName(), contract.content());
        } else if (path.endsWith(".json")) {
            URI published = URI.create(request.getRequestURL() + "?id=" + id);
            Downloads.send(response, "application/json", "competition-" + id + "-ocds.json",
                    exports.ocds(id, published).toString().getBytes(StandardCharsets.UTF_8));
        } else {
            Downloads.send(response, "text/csv", "competition-" + id + "-scores.csv",
                    exports.scoresCsv(id).getBytes(StandardCharsets.UTF_8));
        }
    }

}
