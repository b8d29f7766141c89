package uk.hearth.web.dashboards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.onboarding.application.LotApplications;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.requests.application.ProviderRequests;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.shared.time.HearthClock;

/** provider/dashboard.xhtml: what the provider's organisation has in Hearth. */
@Named
@RequestScoped
public class ProviderDashboard {

    @Inject
    private LotApplications lotApplications;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private HearthClock clock;

    private List<LotMembership> memberships;
    private List<RequestRecipient> requests;

    public void load() {
        memberships = lotApplications.myMemberships();
        requests = providerRequests.inbox();
    }

    public List<LotMembership> getMemberships() {
        return memberships;
    }

    /** Placement requests the council has sent the organisation, open or closed. */
    public int getRequestCount() {
        return requests.size();
    }

    /** Those still waiting for an answer: before their deadline by the server's clock. */
    public long getOpenRequestCount() {
        return requests.stream().filter(r -> r.getRequest().isOpenAt(clock.now())).count();
    }
}
