package uk.hearth.web.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import uk.hearth.shared.NotAllowedException;
import uk.hearth.shared.RecordNotFoundException;

/**
 * The friendly page a failed request ends on, by what went wrong, and the status it answers with: a record that does
 * not exist or that the caller may not see is not found; a role or a rule that keeps the caller out is forbidden; a
 * page left open too long has expired; anything else is a fault. Each page also has an address under
 * {@code /error/}, where a failed ajax request or form post is sent ({@link ErrorPageServlet}).
 */
public enum ErrorPage {

    NOT_FOUND("not-found", HttpServletResponse.SC_NOT_FOUND),
    FORBIDDEN("forbidden", HttpServletResponse.SC_FORBIDDEN),
    /** No status means "expired": the page is shown as a page of its own, only ever after a redirect. */
    EXPIRED("expired", HttpServletResponse.SC_OK),
    FAULT("fault", HttpServletResponse.SC_INTERNAL_SERVER_ERROR);

    private final String name;
    private final int status;

    ErrorPage(String name, int status) {
        this.name = name;
        this.status = status;
    }

    /** The page for the first cause it knows, outermost first: the wrappers Faces and EL add say nothing. */
    public static ErrorPage of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return EXPIRED;
            }
            if (cause instanceof RecordNotFoundException) {
                return NOT_FOUND;
            }
            if (cause instanceof EJBAccessException || cause instanceof NotAllowedException) {
                return FORBIDDEN;
            }
        }
        return FAULT;
    }

    /** The page an {@code /error/…} address names by its path, "/expired"; a name it does not know is not found. */
    public static ErrorPage at(String path) {
        return Arrays.stream(values()).filter(page -> ("/" + page.name).equals(path)).findFirst().orElse(NOT_FOUND);
    }

    public String address(String contextPath) {
        return contextPath + "/error/" + name;
    }

    public int status() {
        return status;
    }
}
