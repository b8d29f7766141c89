package uk.hearth.web.uplifts;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import uk.hearth.uplifts.domain.LotOutcome;

/**
 * The Chart.js configuration PrimeFaces' {@code p:chart} draws for the published outcomes: one stacked bar per lot of
 * each closed review, its shares approved, part-approved and rejected (withheld lots left out, as they have no
 * figures). The table beside the chart carries the same figures for whoever cannot see it.
 */
final class OutcomesChart {

    /** The three shares, with colours that differ in lightness as well as hue (WCAG's non-text contrast). */
    private record Share(String label, String colour, Function<LotOutcome, BigDecimal> percent) {
    }

    private static final List<Share> SHARES = List.of(
            new Share("Approved", "#1d6b3a", LotOutcome::approvedPercent),
            new Share("Part-approved", "#d39b21", LotOutcome::partApprovedPercent),
            new Share("Rejected", "#a4262c", LotOutcome::rejectedPercent));

    private OutcomesChart() {
    }

    /** The lots with figures: those a bar is drawn for. */
    static List<LotOutcome> shown(List<LotOutcome> outcomes) {
        return outcomes.stream().filter(o -> !o.isWithheld()).toList();
    }

    static String of(List<LotOutcome> outcomes) {
        List<LotOutcome> shown = shown(outcomes);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        shown.forEach(o -> labels.add(o.windowName() + ": " + o.lotName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Share share : SHARES) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            shown.forEach(o -> data.add(share.percent().apply(o)));
            datasets.add(Json.createObjectBuilder().add("label", share.label()).add("data", data)
                    .add("backgroundColor", share.colour()).add("borderColor", "#ffffff").add("borderWidth", 1));
        }
        JsonObjectBuilder percentAxis = Json.createObjectBuilder().add("stacked", true).add("min", 0).add("max", 100)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", "Share of decisions (%)"));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add("x", percentAxis)
                        .add("y", Json.createObjectBuilder().add("stacked", true)))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))
                        .add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", "Decisions approved, part-approved and rejected, per lot")));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
