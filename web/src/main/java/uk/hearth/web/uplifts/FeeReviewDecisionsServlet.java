package uk.hearth.web.uplifts;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.uplifts.application.FeeReviews;
import uk.hearth.web.shared.DownloadServlet;

/**
 * A fee review's decisions, decided and waiting, as CSV for finance ({@code /council/exports/fee-review-decisions.csv?id=}).
 * The service checks the caller's role.
 */
@WebServlet("/council/exports/fee-review-decisions.csv")
public class FeeReviewDecisionsServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeeReviews feeReviews;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        long id = id(request, "id");
        return text("fee-review-decisions-" + id + ".csv", "text/csv", feeReviews.decisionsCsv(id));
    }
}
