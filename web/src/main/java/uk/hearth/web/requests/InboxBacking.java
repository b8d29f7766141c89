package uk.hearth.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.requests.application.ProviderRequests;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.shared.time.HearthClock;

/** provider/requests.xhtml: the placement requests the council sent to the provider's organisation, newest first. */
@Named
@RequestScoped
public class InboxBacking {

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private HearthClock clock;

    private List<RequestRecipient> requests;

    public void load() {
        requests = providerRequests.inbox();
    }

    /** Loaded on first use too, so a table's filter or page request (a postback, without the view action) has its rows. */
    public List<RequestRecipient> getRequests() {
        if (requests == null) {
            load();
        }
        return requests;
    }

    /** Still taking responses: the deadline, inclusive, by the server's clock. */
    public boolean isOpen(PlacementRequest request) {
        return request.isOpenAt(clock.now());
    }
}
