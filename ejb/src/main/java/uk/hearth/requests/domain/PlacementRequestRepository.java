package uk.hearth.requests.domain;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.domain.VersionedRepository;

/** Placement requests, with who they were sent to and who was left out (the parts publication decides). */
public interface PlacementRequestRepository extends VersionedRepository<PlacementRequest> {

    /** The reference of the next request drafted, such as REQ-2026-00042. */
    String nextReference(Year year);

    /** Every request with its lot, newest first. */
    List<PlacementRequest> all();

    /** The request with what its page shows: lot, kind of provision, the chosen offer with its home and provider. */
    PlacementRequest getForOverview(long requestId);

    /** Requests whose response deadline passed before {@code now} and whose responses are not closed yet. */
    List<Long> overdueIds(Instant now);

    /** Requests that ended this way, with their lots, the latest closed first. */
    List<PlacementRequest> withStatus(RequestStatus status);

    Map<RequestStatus, Long> countByStatus();

    void addRecipient(RequestRecipient recipient);

    void addExclusion(RequestExclusion exclusion);

    /** Everyone the request was sent to or kept back for, with organisation and fitting homes, nearest first. */
    List<RequestRecipient> recipientsOf(long requestId);

    /** Providers kept back for the second tier of a tiered release, not sent it yet. */
    List<RequestRecipient> heldBack(long requestId);

    /** The organisation's place among the request's recipients, with the request whole; absent if never sent it. */
    java.util.Optional<RequestRecipient> findRecipient(long requestId, long organisationId);

    /** The requests sent to the organisation, with their lots, the latest first. */
    List<RequestRecipient> inboxOf(long organisationId);

    /** Organisations sent the request that have neither a live offer nor a decline on it. */
    List<Organisation> unanswered(long requestId);

    /** Providers left out at publication, with the reason, by name. */
    List<RequestExclusion> exclusionsOf(long requestId);
}
