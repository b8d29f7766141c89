package uk.hearth.geography.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.hearth.geography.domain.DistrictCentroid;
import uk.hearth.shared.geo.GeoPoint;
import uk.hearth.shared.geo.PostcodeDistrict;

/**
 * Miles between postcode districts, measured great-circle between district centres (not by road). The 3,000
 * centres are read once and kept in memory, since distances are computed for every provider on every search.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Distances {

    @PersistenceContext
    private EntityManager em;

    private volatile Map<String, GeoPoint> centres;

    @PostConstruct
    void load() {
        centres = em.createQuery("select d from DistrictCentroid d", DistrictCentroid.class).getResultStream()
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

    /** Empty when either district has no known centre. */
    @PermitAll
    public Optional<Double> milesBetween(PostcodeDistrict from, PostcodeDistrict to) {
        return centreOf(from).flatMap(a -> centreOf(to).map(a::milesTo));
    }
}
