package uk.hearth.requests.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.OfferRepository;
import uk.hearth.shared.infrastructure.JpaVersionedRepository;

@ApplicationScoped
public class JpaOfferRepository extends JpaVersionedRepository<Offer> implements OfferRepository {

    public JpaOfferRepository() {
        super(Offer.class, "The offer");
    }

    @Override
    public List<Offer> liveOffersOf(long requestId) {
        return list(Offer.OF_REQUEST, "requestId", requestId);
    }

    @Override
    public boolean anyLiveOffer(long requestId) {
        return query(Offer.ANY_LIVE_OF_REQUEST, Long.class, "requestId", requestId).getSingleResult() > 0;
    }

    @Override
    public List<Offer> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list(Offer.WITH_IDS, "ids", ids);
    }

    @Override
    public List<Offer> ofRequestAndOrganisation(long requestId, long organisationId) {
        return list(Offer.OF_REQUEST_AND_ORGANISATION, "requestId", requestId, "organisationId", organisationId);
    }
}
