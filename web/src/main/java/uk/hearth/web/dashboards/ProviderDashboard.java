package uk.hearth.web.dashboards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.hearth.onboarding.application.LotApplications;
import uk.hearth.onboarding.domain.LotMembership;

/** provider/dashboard.xhtml: what the provider's organisation has in Hearth. */
@Named
@RequestScoped
public class ProviderDashboard {

    @Inject
    private LotApplications lotApplications;

    private List<LotMembership> memberships;

    public void load() {
        memberships = lotApplications.myMemberships();
    }

    public List<LotMembership> getMemberships() {
        return memberships;
    }
}
