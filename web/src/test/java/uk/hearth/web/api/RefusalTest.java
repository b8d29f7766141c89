package uk.hearth.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import jakarta.validation.ConstraintViolation;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.hearth.web.api.ApiRefusals.Refusal;

class RefusalTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "400, unreadable",
            "401, unauthorised",
            "403, forbidden",
            "404, not-found",
            "405, method-not-allowed",
            "406, not-acceptable",
            "415, unsupported-media-type",
            "409, refused",
            "500, fault",
            "503, fault"
    })
    void aRequestTheApiDidNotTakeIsRefusedByItsStatus(int status, String error) {
        Refusal refusal = Refusal.notTaken(status);

        assertEquals(error, refusal.error());
        assertEquals(1, refusal.messages().size());
    }

    @Test
    void anUnreadableBodyIsToldWhatToSendNotWhatFailedToParseIt() {
        String message = Refusal.notTaken(400).messages().get(0);

        assertEquals("The request body could not be read. Send JSON in the documented shape: numbers as numbers, within"
                + " range, and dates as real dates written YYYY-MM-DD.", message);
    }

    @Test
    void aFaultSaysNothingOfItsCause() {
        assertEquals("fault", Refusal.FAULT.error());
        assertFalse(Refusal.FAULT.messages().get(0).contains("Exception"));
    }

    @Test
    void invalidInputListsEveryViolationsMessageInOrder() {
        Refusal refusal = Refusal.invalid(List.of(violation("Enter the home."), violation("Enter the core weekly fee.")));

        assertEquals(new Refusal("invalid", List.of("Enter the core weekly fee.", "Enter the home.")), refusal);
    }

    /** A violation that only has a message, which is all a refusal reads. */
    private static ConstraintViolation<?> violation(String message) {
        return (ConstraintViolation<?>) Proxy.newProxyInstance(RefusalTest.class.getClassLoader(),
                new Class<?>[] {ConstraintViolation.class},
                (proxy, method, arguments) -> "getMessage".equals(method.getName()) ? message : null);
    }
}
