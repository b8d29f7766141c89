package uk.hearth.geography.domain;

import java.util.List;

/** The centres of the UK's postcode districts (reference data). */
public interface DistrictCentroidRepository {

    List<DistrictCentroid> all();
}
