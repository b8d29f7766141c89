package uk.hearth.requests.domain;

import java.util.List;
import java.util.Optional;
import uk.hearth.shared.domain.VersionedRepository;

/** Placements made through requests, with their fee history and agreements. */
public interface PlacementRepository extends VersionedRepository<Placement> {

    /** The request's placement with provider, home, agreement and fee history. */
    Optional<Placement> findForRequest(long requestId);

    /** Every placement with its request, lot, home and fees, in the order made. */
    List<Placement> all();
}
