package uk.hearth.requests.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import uk.hearth.geography.application.Distances;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRepository;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/** Agreed placements as Placements Data Standard v2 "ActualPlacement" rows, for the council's sufficiency data. */
@Stateless
public class PlacementExport {

    @Inject
    private PlacementRepository placements;

    @Inject
    private Distances distances;

    @Inject
    private HearthClock clock;

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<ActualPlacementRow> actualPlacements() {
        return placements.all().stream().map(this::row).toList();
    }

    private ActualPlacementRow row(Placement placement) {
        PlacementRequest request = placement.getRequest();
        PostcodeDistrict home = placement.getHome().getPostcodeDistrict();
        return new ActualPlacementRow(
                placement.weeklyFeeOn(clock.today()).amount().setScale(0, RoundingMode.HALF_UP).longValueExact(),
                home.code(),
                within(home, request.getHomeDistrict(), request.getMaxDistanceMiles()),
                within(home, request.getSchoolDistrict(), request.getMaxDistanceMiles()),
                placement.getHome().getOfstedUrn(),
                0,
                placementType(request.getLot().getCode()));
    }

    private boolean within(PostcodeDistrict home, PostcodeDistrict district, int miles) {
        return Optional.ofNullable(district).flatMap(d -> distances.milesBetween(home, d))
                .map(distance -> distance <= miles).orElse(false);
    }

    /** The standard offers three types; lots outside them are reported as their nearest kind of care. */
    static String placementType(String lotCode) {
        return switch (lotCode) {
            case "fostering", "parent-and-child" -> "Foster";
            case "supported-accommodation" -> "Supported Accommodation";
            default -> "Residential";
        };
    }
}
