package uk.hearth.web.requests;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.hearth.requests.application.ActualPlacementRow;
import uk.hearth.requests.application.PlacementExport;

/**
 * Agreed placements in the Placements Data Standard v2 "ActualPlacement" shape, as CSV or JSON
 * ({@code /council/exports/actual-placements.csv} or {@code .json}); the service checks the caller's role.
 */
@WebServlet({"/council/exports/actual-placements.csv", "/council/exports/actual-placements.json"})
public class ActualPlacementsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlacementExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<ActualPlacementRow> rows = export.actualPlacements();
        boolean json = request.getServletPath().endsWith(".json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(json ? "application/json" : "text/csv");
        response.setHeader("Content-Disposition", "attachment; filename=actual-placements." + (json ? "json" : "csv"));
        PrintWriter out = response.getWriter();
        if (json) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            rows.forEach(r -> array.add(Json.createObjectBuilder()
                    .add("totalWeeklyCost", r.totalWeeklyCost()).add("placementLocation", r.placementLocation())
                    .add("preferabilityLocation", r.preferabilityLocation()).add("educationContinuity", r.educationContinuity())
                    .add("providerURN", r.providerURN()).add("siblingsPlacedTogether", r.siblingsPlacedTogether())
                    .add("placementType", r.placementType())));
            out.write(array.build().toString());
            return;
        }
        out.println(String.join(",", ActualPlacementRow.FIELDS));
        // No field holds a comma or a quote (districts, URNs, booleans, numbers, the standard's options).
        rows.forEach(r -> out.println(r.totalWeeklyCost() + "," + r.placementLocation() + "," + r.preferabilityLocation() + ","
                + r.educationContinuity() + "," + r.providerURN() + "," + r.siblingsPlacedTogether() + "," + r.placementType()));
    }
}
