package uk.hearth.uplifts.domain;

import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.hearth.shared.domain.VersionedRepository;

/** Providers' uplift requests. */
public interface UpliftRequestRepository extends VersionedRepository<UpliftRequest> {

    /** The reference of the next request, such as UPL-2027-00001. */
    String nextReference(Year year);

    /** The request with everything its page shows: provider, window, placement with home and fees, evidence, letter. */
    Optional<UpliftRequest> findWhole(long requestId);

    /** One page of the window's submitted and decided requests: waiting ones first, the soonest due first. */
    List<QueueEntry> queue(long windowId, int first, int pageSize);

    long countQueue(long windowId);

    /** Every submitted and decided request of the window, with what a row shows, in the order made. */
    List<UpliftRequest> ofWindow(long windowId);

    /** The organisation's requests in the window, drafts included. */
    List<UpliftRequest> ofOrganisation(long windowId, long organisationId);

    /** Every request of the organisation, the latest first. */
    List<UpliftRequest> ofOrganisation(long organisationId);

    Optional<UpliftRequest> findForPlacement(long windowId, long placementId);

    /** Standard acceptances of the window waiting for approval. */
    List<UpliftRequest> standardWaiting(long windowId);

    Map<UpliftStatus, Long> countByStatus(long windowId);

    /** The decided requests of these windows, with their placements' lots. */
    List<UpliftRequest> decidedIn(Collection<Long> windowIds);

    /** Deletes a draft the provider discarded. */
    void remove(UpliftRequest draft);
}
