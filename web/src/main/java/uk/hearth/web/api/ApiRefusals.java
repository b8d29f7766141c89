package uk.hearth.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.RecordNotFoundException;

/**
 * The API's answer to a request it refuses, always in one shape, with a status a program can act on: the same
 * plain-English messages the pages show for a business refusal, Bean Validation's messages for invalid input, a
 * sentence for a request it could not take as sent (an unreadable body, an unknown address, a wrong method), and a
 * generic answer for a fault, which is logged here. Never a stack trace, an exception's class or a parser's words.
 */
@Provider
public class ApiRefusals implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(ApiRefusals.class.getName());

    /** The body of every refusal: {@code {"error": "not-found", "messages": ["The request could not be found."]}}. */
    public record Refusal(String error, List<String> messages) {

        static final Refusal FORBIDDEN = new Refusal("forbidden", List.of("Your role may not do this."));

        static final Refusal FAULT = new Refusal("fault", List.of("Hearth could not answer this request. Try again; if it"
                + " keeps happening, tell the council's Hearth team what was sent and when."));

        static Refusal invalid(Collection<? extends ConstraintViolation<?>> violations) {
            return new Refusal("invalid", violations.stream().map(ConstraintViolation::getMessage).sorted().toList());
        }

        /** A request JAX-RS refused before any service saw it, by its status: what to change, for a developer. */
        static Refusal notTaken(int status) {
            return switch (status) {
                case 400 -> new Refusal("unreadable", List.of("The request body could not be read. Send JSON in the"
                        + " documented shape: numbers as numbers, within range, and dates as real dates written YYYY-MM-DD."));
                case 401 -> new Refusal("unauthorised", List.of("Send a Keycloak access token: Authorization: Bearer …"));
                case 403 -> FORBIDDEN;
                case 404 -> new Refusal("not-found", List.of("There is nothing at this address: check the path and the ids in it."));
                case 405 -> new Refusal("method-not-allowed", List.of("This address does not take that method; the Allow"
                        + " header lists those it takes."));
                case 406 -> new Refusal("not-acceptable", List.of("The API answers in JSON only: accept application/json."));
                case 415 -> new Refusal("unsupported-media-type", List.of("Send the body as JSON, with Content-Type: application/json."));
                default -> status >= 500 ? FAULT : new Refusal("refused", List.of("The request was refused (HTTP " + status + ")."));
            };
        }
    }

    @Override
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            return refuse(Response.Status.FORBIDDEN, Refusal.FORBIDDEN);
        }
        if (e.getCause() instanceof ConstraintViolationException violations) {
            return refuse(Response.Status.BAD_REQUEST, Refusal.invalid(violations.getConstraintViolations()));
        }
        return fault(e);
    }

    static Response refuse(Response.Status status, Refusal refusal) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(refusal).build();
    }

    static Response fault(Throwable e) {
        LOG.log(Level.SEVERE, "An API request failed", e);
        return refuse(Response.Status.INTERNAL_SERVER_ERROR, Refusal.FAULT);
    }

    /** Business refusals are application exceptions: they reach the resource unwrapped. */
    @Provider
    public static class BusinessRefusals implements ExceptionMapper<BusinessException> {

        @Override
        public Response toResponse(BusinessException e) {
            if (e instanceof RecordNotFoundException) {
                return refuse(Response.Status.NOT_FOUND, new Refusal("not-found", List.of(e.getMessage())));
            }
            String error = e instanceof DeadlinePassedException ? "late" : e instanceof ConcurrentChangeException ? "changed" : "refused";
            return refuse(Response.Status.CONFLICT, new Refusal(error, List.of(e.getMessage())));
        }
    }

    /** Bean Validation outside an EJB, such as RESTEasy's of a resource method's parameters. */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return refuse(Response.Status.BAD_REQUEST, Refusal.invalid(e.getConstraintViolations()));
        }
    }

    /**
     * What JAX-RS refuses before a resource runs: an unknown address or an id that is not a number (404), a wrong
     * method (405), a body that is not JSON (415) or does not read ({@link UnreadableBodies}, 400). The status and
     * headers (Allow, WWW-Authenticate) stay; the words, which name classes and paths, are replaced.
     */
    @Provider
    public static class RequestRefusals implements ExceptionMapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException e) {
            Response refused = e.getResponse();
            if (refused.getStatus() < 400) {
                // A redirect or the answer to OPTIONS travels as an exception too; it refuses nothing.
                return refused;
            }
            if (refused.getStatus() >= 500) {
                LOG.log(Level.SEVERE, "An API request failed", e);
            }
            return Response.fromResponse(refused).type(MediaType.APPLICATION_JSON).entity(Refusal.notTaken(refused.getStatus())).build();
        }
    }

    /** Anything no other mapper knows is a fault. */
    @Provider
    public static class Faults implements ExceptionMapper<Throwable> {

        @Override
        public Response toResponse(Throwable e) {
            return fault(e);
        }
    }
}
