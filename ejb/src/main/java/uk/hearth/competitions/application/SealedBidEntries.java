package uk.hearth.competitions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.hearth.audit.application.SealedEntries;
import uk.hearth.competitions.domain.Bid;
import uk.hearth.competitions.domain.BidRepository;

/** Who is bidding stays out of the council's view of the log until the bids are opened. */
@ApplicationScoped
public class SealedBidEntries extends SealedEntries<Bid> {

    private static final Map<String, String> DONE = Map.of("bid.saved", "saved", "bid.submitted", "submitted",
            "bid.withdrawn", "withdrawn");

    @Inject
    private BidRepository bids;

    public SealedBidEntries() {
        super("Bid", Set.copyOf(DONE.keySet()));
    }

    @Override
    protected List<Bid> find(Collection<Long> ids) {
        return bids.withIds(ids);
    }

    @Override
    protected long idOf(Bid bid) {
        return bid.getId();
    }

    @Override
    protected Optional<String> whileSealed(Bid bid, String action) {
        return bid.getCompetition().getOpened() != null ? Optional.empty()
                : Optional.of("A bid for " + bid.getCompetition().getReference() + " was " + DONE.get(action)
                        + " (who bid is withheld until the bids are opened)");
    }
}
