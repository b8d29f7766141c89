package uk.hearth.competitions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidRepository;
import uk.hearth.competitions.domain.BidStatus;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaBidRepository extends JpaVersionedRepository<Bid> implements BidRepository {

    private static final String COMPETITION_ID = "competitionId";

    public JpaBidRepository() {
        super(Bid.class, "The bid");
    }

    @Override
    public Optional<Bid> findOf(long competitionId, long organisationId) {
        return first(Bid.FOR_COMPETITION_AND_ORGANISATION, COMPETITION_ID, competitionId, "organisationId", organisationId);
    }

    @Override
    public List<Bid> tenderedIn(long competitionId) {
        return list(Bid.OF_COMPETITION_IN, COMPETITION_ID, competitionId, "statuses", BidStatus.TENDERED);
    }

    @Override
    public List<Bid> submittedIn(long competitionId) {
        return list(Bid.OF_COMPETITION_IN, COMPETITION_ID, competitionId, "statuses", Set.of(BidStatus.SUBMITTED));
    }

    @Override
    public long countWithStatus(long competitionId, BidStatus status) {
        return query(Bid.COUNT_WITH_STATUS, Long.class, COMPETITION_ID, competitionId, "status", status).getSingleResult();
    }

    @Override
    public List<Bid> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list(Bid.WITH_IDS, "ids", ids);
    }
}
