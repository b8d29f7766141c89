package uk.hearth.competitions.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.hearth.shared.domain.VersionedRepository;

/** Bids, one per organisation and competition; what they say stays sealed whatever is read here. */
public interface BidRepository extends VersionedRepository<Bid> {

    /** The organisation's bid in the competition, with its award letter once there is one. */
    Optional<Bid> findOf(long competitionId, long organisationId);

    /** The bids {@link BidStatus#TENDERED tendered} at the deadline, with their bidders, in submission order. */
    List<Bid> tenderedIn(long competitionId);

    /** The bids submitted and still valid, with their bidders, in submission order. */
    List<Bid> submittedIn(long competitionId);

    long countWithStatus(long competitionId, BidStatus status);

    /** These bids, with their competitions. */
    List<Bid> withIds(Collection<Long> ids);
}
