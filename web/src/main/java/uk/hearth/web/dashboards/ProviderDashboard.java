package uk.hearth.web.dashboards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import uk.hearth.onboarding.application.LotApplications;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.requests.application.ProviderRequests;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.ProviderUplifts;
import uk.hearth.uplifts.domain.FeeReviewWindow;

/** provider/dashboard.xhtml: what the provider's organisation has in Hearth. */
@Named
@RequestScoped
public class ProviderDashboard {

    @Inject
    private LotApplications lotApplications;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private ProviderUplifts providerUplifts;

    @Inject
    private HearthClock clock;

    private List<LotMembership> memberships;
    private List<RequestRecipient> requests;
    private List<OpenFeeReview> feeReviews;

    /** A fee review open today that covers some of the organisation's placements, and how many are still unanswered. */
    public record OpenFeeReview(FeeReviewWindow window, long unanswered) {
    }

    public void load() {
        memberships = lotApplications.myMemberships();
        requests = providerRequests.inbox();
        LocalDate today = clock.today();
        feeReviews = providerUplifts.windows().stream().filter(w -> w.isOpenOn(today))
                .map(w -> new OpenFeeReview(w, providerUplifts.review(w.getId()).agreements().stream().filter(a -> !a.isAnswered()).count()))
                .toList();
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

    /** Fee reviews open today for the organisation's placements, the latest first. */
    public List<OpenFeeReview> getFeeReviews() {
        return feeReviews;
    }
}
