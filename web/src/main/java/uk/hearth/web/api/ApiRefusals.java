package uk.hearth.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.RecordNotFoundException;

/**
 * The API's answer to a refusal: the same plain-English messages the pages show, with a status a program can act
 * on, and never a stack trace. Anything unexpected is left to the server's own error handling.
 */
@Provider
public class ApiRefusals implements ExceptionMapper<EJBException> {

    /** The body of every refusal. */
    public record Refusal(String error, List<String> messages) {
    }

    @Override
    public Response toResponse(EJBException e) {
        if (e instanceof EJBAccessException) {
            return refuse(Response.Status.FORBIDDEN, "forbidden", List.of("Your role may not do this."));
        }
        if (e.getCause() instanceof ConstraintViolationException violations) {
            return refuse(Response.Status.BAD_REQUEST, "invalid", violations.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage).sorted().toList());
        }
        throw e;
    }

    static Response refuse(Response.Status status, String error, List<String> messages) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new Refusal(error, messages)).build();
    }

    /** Business refusals are application exceptions: they reach the resource unwrapped. */
    @Provider
    public static class BusinessRefusals implements ExceptionMapper<BusinessException> {

        @Override
        public Response toResponse(BusinessException e) {
            if (e instanceof RecordNotFoundException) {
                return refuse(Response.Status.NOT_FOUND, "not-found", List.of(e.getMessage()));
            }
            String error = e instanceof DeadlinePassedException ? "late" : e instanceof ConcurrentChangeException ? "changed" : "refused";
            return refuse(Response.Status.CONFLICT, error, List.of(e.getMessage()));
        }
    }
}
