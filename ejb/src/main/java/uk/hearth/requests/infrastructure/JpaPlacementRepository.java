package uk.hearth.requests.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRepository;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaPlacementRepository extends JpaVersionedRepository<Placement> implements PlacementRepository {

    public JpaPlacementRepository() {
        super(Placement.class, "The placement");
    }

    @Override
    public Optional<Placement> findForRequest(long requestId) {
        return first(Placement.FOR_REQUEST, "requestId", requestId);
    }

    @Override
    public List<Placement> all() {
        return list(Placement.ALL);
    }
}
