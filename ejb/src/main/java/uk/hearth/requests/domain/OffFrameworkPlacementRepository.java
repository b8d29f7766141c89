package uk.hearth.requests.domain;

import java.util.List;
import java.util.Optional;
import uk.hearth.shared.domain.Repository;

/** Placements made outside the framework after a failed search. */
public interface OffFrameworkPlacementRepository extends Repository<OffFrameworkPlacement> {

    Optional<OffFrameworkPlacement> findForRequest(long requestId);

    /** Every one with its request, the latest recorded first. */
    List<OffFrameworkPlacement> all();
}
