package uk.hearth.web.shared;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.Map;
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
        return attempt(call, Map.of());
    }

    /**
     * As {@link #attempt(Supplier)}, and a violated constraint on a property named in {@code fields} (property
     * name to the client id of its input) is also shown beside that input.
     */
    public static <T> Optional<T> attempt(Supplier<T> call, Map<String, String> fields) {
        try {
            return Optional.of(call.get());
        } catch (BusinessException e) {
            FacesMessages.error(e.getMessage());
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException violations)) {
                throw e;
            }
            violations.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(ConstraintViolation::getMessage))
                    .forEach(violation -> fieldOf(violation, fields).ifPresentOrElse(
                            field -> FacesMessages.errorFor(field, violation.getMessage()),
                            () -> FacesMessages.error(violation.getMessage())));
        }
        return Optional.empty();
    }

    /** The input for the property a violation is about: the last node of its path, "postcode" in "register.details.postcode". */
    private static Optional<String> fieldOf(ConstraintViolation<?> violation, Map<String, String> fields) {
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            property = node.getName();
        }
        return property == null ? Optional.empty() : Optional.ofNullable(fields.get(property));
    }

    public static boolean attempt(Runnable call) {
        return attempt(call, Map.of());
    }

    /** As {@link #attempt(Supplier, Map)} for a call that answers nothing: true when it was done. */
    public static boolean attempt(Runnable call, Map<String, String> fields) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }, fields).isPresent();
    }
}
