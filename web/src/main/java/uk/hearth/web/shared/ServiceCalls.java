package uk.hearth.web.shared;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;
import uk.hearth.shared.BusinessException;

/**
 * Calls a service on behalf of a page and turns its refusals into messages on that page: business rules and
 * Bean Validation of the service's parameters both say in plain English what to change. Anything else is a
 * fault and goes to the error page.
 */
public final class ServiceCalls {

    private ServiceCalls() {
    }

    public static <T> Optional<T> attempt(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (BusinessException e) {
            FacesMessages.error(e.getMessage());
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException violations)) {
                throw e;
            }
            violations.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                    .forEach(FacesMessages::error);
        }
        return Optional.empty();
    }

    public static boolean attempt(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }
}
