package uk.hearth.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks the constraints of a request body the resource reads itself (a version, an id) before any service sees it:
 * a violation is refused as invalid input (400, {@link ApiRefusals.Violations}), in the same shape and with the same
 * kind of message as the services' own Bean Validation.
 */
final class BodyConstraints {

    private BodyConstraints() {
    }

    static <T> T orRefuse(Validator validator, T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
