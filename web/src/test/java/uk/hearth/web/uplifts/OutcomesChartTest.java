package uk.hearth.web.uplifts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hearth.uplifts.domain.LotOutcome;

class OutcomesChartTest {

    private static final LotOutcome SHOWN = new LotOutcome("Fee review 2027/28", "Lot 1", 4, new BigDecimal("50.0"),
            new BigDecimal("25.0"), new BigDecimal("25.0"), new BigDecimal("3.75"), 6);

    private static final LotOutcome WITHHELD = new LotOutcome("Fee review 2027/28", "Lot 2", 2, null, null, null, null, null);

    @Test
    void eachLotWithFiguresIsABarOfItsThreeShares() {
        JsonObject chart = parse(OutcomesChart.of(List.of(SHOWN, WITHHELD)));

        assertEquals("bar", chart.getString("type"));
        JsonObject data = chart.getJsonObject("data");
        assertEquals(List.of("Fee review 2027/28: Lot 1"), data.getJsonArray("labels").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
        JsonArray datasets = data.getJsonArray("datasets");
        assertEquals(3, datasets.size());
        assertEquals("Approved", datasets.getJsonObject(0).getString("label"));
        assertEquals(new BigDecimal("50.0"), datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
        assertEquals("Part-approved", datasets.getJsonObject(1).getString("label"));
        assertEquals("Rejected", datasets.getJsonObject(2).getString("label"));
        assertEquals(new BigDecimal("25.0"), datasets.getJsonObject(2).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
    }

    @Test
    void aWithheldLotHasNoBar() {
        assertEquals(List.of(SHOWN), OutcomesChart.shown(List.of(SHOWN, WITHHELD)));
        JsonObject chart = parse(OutcomesChart.of(List.of(WITHHELD)));

        assertEquals(0, chart.getJsonObject("data").getJsonArray("labels").size());
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
