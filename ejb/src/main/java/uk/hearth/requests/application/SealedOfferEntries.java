package uk.hearth.requests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.hearth.audit.application.SealedEntries;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.OfferRepository;
import uk.hearth.shared.time.HearthClock;

/** Who offered which home stays out of the council's view of the log while the request's offers are sealed. */
@ApplicationScoped
public class SealedOfferEntries extends SealedEntries<Offer> {

    private static final String SUBMITTED = "offer.submitted";

    @Inject
    private OfferRepository offers;

    @Inject
    private HearthClock clock;

    public SealedOfferEntries() {
        super("Offer", Set.of(SUBMITTED, "offer.withdrawn"));
    }

    @Override
    protected List<Offer> find(Collection<Long> ids) {
        return offers.withIds(ids);
    }

    @Override
    protected long idOf(Offer offer) {
        return offer.getId();
    }

    @Override
    protected Optional<String> whileSealed(Offer offer, String action) {
        return offer.getRequest().offersVisibleAt(clock.now()) ? Optional.empty()
                : Optional.of((SUBMITTED.equals(action) ? "An offer was made for " : "An offer was withdrawn from ")
                        + offer.getRequest().getReference() + " (who offered is withheld until the deadline)");
    }
}
