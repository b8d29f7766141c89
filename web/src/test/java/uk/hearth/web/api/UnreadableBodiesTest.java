package uk.hearth.web.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnreadableBodiesTest {

    record Offer(Long homeId, int age, BigDecimal fee, Week week) {
    }

    record Week(long hours) {
    }

    record Acceptance(List<Long> placementIds, List<Week> weeks) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"homeId\": 99999999999999999999}",
            "{\"homeId\": 1.5}",
            "{\"age\": 4294967308}",
            "{\"age\": 12.7}",
            "{\"week\": {\"hours\": 1e30}}"
    })
    void aWholeNumberThatIsNotWholeOrDoesNotFitIsRefused(String json) {
        assertThrows(ArithmeticException.class, () -> UnreadableBodies.requireExactWholeNumbers(Offer.class, parse(json)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"homeId\": 9223372036854775807, \"age\": 12, \"fee\": 5100.125, \"week\": {\"hours\": 40}}",
            "{\"homeId\": 12.0, \"age\": 1e1}",
            "{\"homeId\": \"12\", \"age\": null, \"week\": null}",
            "{\"unknown\": 1.5}",
            "[1.5]"
    })
    void exactWholeNumbersAndEverythingElseAreLeftToJsonB(String json) {
        assertDoesNotThrow(() -> UnreadableBodies.requireExactWholeNumbers(Offer.class, parse(json)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"placementIds\": [12, 99999999999999999999]}",
            "{\"placementIds\": [12.5]}",
            "{\"weeks\": [{\"hours\": 40}, {\"hours\": 4.5}]}"
    })
    void aWholeNumberInAListIsCheckedLikeAnyOther(String json) {
        assertThrows(ArithmeticException.class, () -> UnreadableBodies.requireExactWholeNumbers(Acceptance.class, parse(json)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"placementIds\": [12, 14, 9223372036854775807]}",
            "{\"placementIds\": [\"12\", null]}",
            "{\"placementIds\": 12}",
            "{\"placementIds\": [], \"weeks\": [{\"hours\": 40}, null]}"
    })
    void exactWholeNumbersInListsAndAnythingElseAreLeftToJsonB(String json) {
        assertDoesNotThrow(() -> UnreadableBodies.requireExactWholeNumbers(Acceptance.class, parse(json)));
    }

    private static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }
}
