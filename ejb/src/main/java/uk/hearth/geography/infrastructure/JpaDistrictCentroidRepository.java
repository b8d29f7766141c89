package uk.hearth.geography.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.hearth.geography.domain.DistrictCentroid;
import uk.hearth.geography.domain.DistrictCentroidRepository;
import uk.hearth.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class JpaDistrictCentroidRepository extends JpaRepository<DistrictCentroid> implements DistrictCentroidRepository {

    public JpaDistrictCentroidRepository() {
        super(DistrictCentroid.class, "The postcode district");
    }

    @Override
    public List<DistrictCentroid> all() {
        return list(DistrictCentroid.ALL);
    }
}
