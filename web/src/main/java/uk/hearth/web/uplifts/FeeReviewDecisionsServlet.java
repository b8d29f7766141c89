package uk.hearth.web.uplifts;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.uplifts.application.FeeReviews;
import uk.hearth.web.shared.DownloadServlet;

/**
 * A fee review's decisions, decided and waiting, for finance: as CSV ({@code /council/exports/fee-review-decisions.csv?id=})
 * or as an Excel workbook with amounts as numbers and days as dates ({@code fee-review-decisions.xlsx?id=}). The
 * service checks the caller's role.
 */
@WebServlet({"/council/exports/fee-review-decisions.csv", "/council/exports/fee-review-decisions.xlsx"})
public class FeeReviewDecisionsServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private FeeReviews feeReviews;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        long id = id(request, "id");
        if (request.getServletPath().endsWith(".xlsx")) {
            return new DocumentDownload("fee-review-decisions-" + id + ".xlsx", XLSX, feeReviews.decisionsWorkbook(id));
        }
        return text("fee-review-decisions-" + id + ".csv", "text/csv", feeReviews.decisionsCsv(id));
    }
}
