package uk.hearth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.application.ProviderRequests;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.Urgency;

/**
 * Placement requests a commissioner drafted and published now, for tests about what providers and the council do
 * next, and what reached a provider's inbox. Without a transaction of its own, so each step commits as on the pages.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublishedRequests {

    @Inject
    private PlacementRequests requests;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private AsCommissioner asCommissioner;

    /** A request of {@code urgency} for {@link RequestSamples}' child. */
    public PlacementRequest of(Urgency urgency) throws Exception {
        return of(RequestSamples.request(urgency));
    }

    public PlacementRequest of(RequestDetails details) throws Exception {
        PlacementRequest draft = asCommissioner.call(() -> requests.draft(details));
        return asCommissioner.call(() -> requests.publish(draft.getId(), draft.getVersion())).getRequest();
    }

    /** The ids of the requests in the inbox of the organisation {@code provider} acts for. */
    public List<Long> inboxOf(RoleCaller provider) throws Exception {
        return provider.call(providerRequests::inbox).stream().map(r -> r.getRequest().getId()).toList();
    }
}
