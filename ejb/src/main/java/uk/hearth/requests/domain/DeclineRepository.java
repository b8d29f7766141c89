package uk.hearth.requests.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.hearth.shared.domain.Repository;

/** Providers' reasons for declining placement requests. */
public interface DeclineRepository extends Repository<Decline> {

    /** The request's declines with their providers, the earliest first. */
    List<Decline> ofRequest(long requestId);

    Optional<Decline> findOf(long requestId, long organisationId);

    Map<DeclineReason, Long> countByReason();
}
