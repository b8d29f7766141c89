package uk.hearth.geography.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.hearth.geography.domain.DistrictCentroid;
import uk.hearth.geography.domain.DistrictCentroidRepository;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.geo.GeoPoint;
import uk.hearth.shared.geo.PostcodeDistrict;

/**
 * Miles between postcode districts, measured great-circle between district centres (not by road). The 3,000
 * centres are read once and kept in memory, since distances are computed for every provider on every search.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Distances {

    @Inject
    private DistrictCentroidRepository centroids;

    private volatile Map<String, GeoPoint> centres;

    @PostConstruct
    void load() {
        centres = centroids.all().stream()
                .collect(Collectors.toUnmodifiableMap(DistrictCentroid::getCode, DistrictCentroid::point));
    }

    /** Reference data, open to any caller: it says nothing about anyone. */
    @PermitAll
    public Optional<GeoPoint> centreOf(PostcodeDistrict district) {
        return Optional.ofNullable(centres.get(district.code()));
    }

    @PermitAll
    public boolean isKnown(PostcodeDistrict district) {
        return centres.containsKey(district.code());
    }

    /**
     * A district as a user typed it, which Hearth knows the centre of; refused otherwise, about {@code field}.
     */
    @PermitAll
    public PostcodeDistrict knownDistrict(String typed, String field) {
        PostcodeDistrict district;
        try {
            district = PostcodeDistrict.of(typed);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(field, e.getMessage());
        }
        if (!isKnown(district)) {
            throw new BusinessException(field, "Hearth does not know where the postcode district " + district.code() + " is.");
        }
        return district;
    }

    /** The centre of a district Hearth must know, such as one already checked by {@link #knownDistrict}. */
    @PermitAll
    public GeoPoint requireCentreOf(PostcodeDistrict district) {
        return centreOf(district).orElseThrow(() ->
                new BusinessException("Hearth does not know where the postcode district " + district.code() + " is."));
    }

    /** Empty when either district has no known centre. */
    @PermitAll
    public Optional<Double> milesBetween(PostcodeDistrict from, PostcodeDistrict to) {
        return centreOf(from).flatMap(a -> centreOf(to).map(a::milesTo));
    }
}
