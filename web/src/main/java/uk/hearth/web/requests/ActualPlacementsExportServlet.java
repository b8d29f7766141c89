package uk.hearth.web.requests;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.requests.application.ActualPlacementRow;
import uk.hearth.requests.application.PlacementExport;
import uk.hearth.web.shared.DownloadServlet;

/**
 * Agreed placements in the Placements Data Standard v2 "ActualPlacement" shape, as CSV or JSON
 * ({@code /council/exports/actual-placements.csv} or {@code .json}); the service checks the caller's role.
 */
@WebServlet({"/council/exports/actual-placements.csv", "/council/exports/actual-placements.json"})
public class ActualPlacementsExportServlet extends DownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlacementExport export;

    @Override
    protected DocumentDownload download(HttpServletRequest request) {
        List<ActualPlacementRow> rows = export.actualPlacements();
        if (request.getServletPath().endsWith(".json")) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            rows.forEach(r -> array.add(Json.createObjectBuilder()
                    .add("totalWeeklyCost", r.totalWeeklyCost()).add("placementLocation", r.placementLocation())
                    .add("preferabilityLocation", r.preferabilityLocation()).add("educationContinuity", r.educationContinuity())
                    .add("providerURN", r.providerURN()).add("siblingsPlacedTogether", r.siblingsPlacedTogether())
                    .add("placementType", r.placementType())));
            return text("actual-placements.json", "application/json", array.build().toString());
        }
        // No field holds a comma or a quote (districts, URNs, booleans, numbers, the standard's options).
        return text("actual-placements.csv", "text/csv", String.join(",", ActualPlacementRow.FIELDS) + "\n"
                + rows.stream().map(r -> r.totalWeeklyCost() + "," + r.placementLocation() + "," + r.preferabilityLocation()
                        + "," + r.educationContinuity() + "," + r.providerURN() + "," + r.siblingsPlacedTogether() + ","
                        + r.placementType() + "\n").collect(Collectors.joining()));
    }
}
