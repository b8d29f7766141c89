package uk.hearth.web.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error pages at addresses a browser can be sent to, {@code /error/not-found}, {@code /error/forbidden},
 * {@code /error/expired} and {@code /error/fault}: where {@link ErrorPages} sends a failed ajax request or form post,
 * as the pages themselves are under WEB-INF. Each answers with its page's status through the server's own error pages,
 * so it reads and answers as any request that fails that way; the expired page, which has no status, is shown directly.
 */
@WebServlet("/error/*")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String EXPIRED_VIEW = "/WEB-INF/errorpages/expired.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        ErrorPage page = ErrorPage.at(request.getPathInfo());
        if (page == ErrorPage.EXPIRED) {
            request.getRequestDispatcher(EXPIRED_VIEW).forward(request, response);
        } else {
            response.sendError(page.status());
        }
    }
}
