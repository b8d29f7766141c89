package uk.hearth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.application.ProviderRequests;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.Urgency;

/**
 * Children placed with a provider the way the pages do it, for tests about what follows a placement (fee reviews):
 * an emergency request for {@link RequestSamples}' child published now, offered on with the provider's home
 * ({@link RequestSamples#offer(long)}, £1,250.00 a week from 1 July 2027), chosen by the commissioner and confirmed.
 * The clock must stand before the offer's start date. Without a transaction of its own, so each step commits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlacedChildren {

    @Inject
    private PublishedRequests published;

    @Inject
    private PlacementRequests requests;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private AsCommissioner asCommissioner;

    public Placement with(AdmittedProvider provider, RoleCaller asProvider) throws Exception {
        PlacementRequest request = published.of(Urgency.EMERGENCY);
        long id = request.getId();
        Offer offer = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(provider.home().getId())));
        long version = asCommissioner.call(() -> requests.overview(id)).getRequest().getVersion();
        asCommissioner.call(() -> requests.choose(id, version, offer.getId()));
        return asProvider.call(() -> providerRequests.confirm(id));
    }
}
