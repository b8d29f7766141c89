package uk.hearth.geography.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import uk.hearth.shared.geo.GeoPoint;

/** The centre of a UK postcode district (reference data, loaded by migration V2). */
@Entity
@Table(name = "postcode_district")
@NamedQuery(name = DistrictCentroid.ALL, query = "select d from DistrictCentroid d")
public class DistrictCentroid {

    public static final String ALL = "DistrictCentroid.all";

    @Id
    @Column(length = 4)
    private String code;

    @Column(nullable = false, precision = 8, scale = 5)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 8, scale = 5)
    private BigDecimal longitude;

    protected DistrictCentroid() {
    }

    public String getCode() {
        return code;
    }

    public GeoPoint point() {
        return new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }
}
