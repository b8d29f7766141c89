package uk.hearth.requests.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.hearth.requests.domain.OffFrameworkPlacement;
import uk.hearth.requests.domain.OffFrameworkPlacementRepository;
import uk.hearth.shared.infrastructure.JpaRepository;

@ApplicationScoped
public class JpaOffFrameworkPlacementRepository extends JpaRepository<OffFrameworkPlacement>
        implements OffFrameworkPlacementRepository {

    public JpaOffFrameworkPlacementRepository() {
        super(OffFrameworkPlacement.class, "The placement off the framework");
    }

    @Override
    public Optional<OffFrameworkPlacement> findForRequest(long requestId) {
        return first(OffFrameworkPlacement.FOR_REQUEST, "requestId", requestId);
    }

    @Override
    public List<OffFrameworkPlacement> all() {
        return list(OffFrameworkPlacement.ALL);
    }
}
