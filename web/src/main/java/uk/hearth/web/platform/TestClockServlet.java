package uk.hearth.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.time.HearthClock;

/**
 * {@code POST /admin/test-clock?at=2027-03-15T13:00:00Z} (or {@code ?reset}) moves the service clock on a training
 * or test server, so a tender deadline or a standstill can pass in minutes. Administrators only; a server not
 * started with {@code -Dhearth.clock.adjustable=true} refuses, as {@link HearthClock} does. Audited.
 */
@WebServlet("/admin/test-clock")
public class TestClockServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private HearthClock clock;

    @Inject
    private AuditTrail audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        boolean reset = request.getParameter("reset") != null;
        String at = request.getParameter("at");
        try {
            if (reset) {
                clock.reset();
            } else if (at != null) {
                clock.fixAt(Instant.parse(at));
            } else {
                throw new DateTimeParseException("No instant given", "", 0);
            }
            audit.record("clock.moved", "HearthClock", 0, "Service clock set to " + clock.now()
                    + (reset ? " (real time again)" : " (fixed)"));
            response.getWriter().println(clock.now());
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Give ?at= an instant such as 2027-03-15T13:00:00Z, or ?reset.");
        }
    }
}
