package uk.hearth.web.uplifts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.ProviderUplifts;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.UpliftRequest;

/** provider/fee-reviews.xhtml: the fee reviews covering the organisation's placements, and its requests in them. */
@Named
@RequestScoped
public class ProviderFeeReviewsBacking {

    @Inject
    private ProviderUplifts providerUplifts;

    @Inject
    private HearthClock clock;

    private List<FeeReviewWindow> windows;
    private List<UpliftRequest> requests;

    public void load() {
        windows = providerUplifts.windows();
        requests = providerUplifts.myRequests();
    }

    public List<FeeReviewWindow> getWindows() {
        if (windows == null) {
            load();
        }
        return windows;
    }

    public List<UpliftRequest> getRequests() {
        if (requests == null) {
            load();
        }
        return requests;
    }

    public boolean isOpen(FeeReviewWindow window) {
        return window.isOpenOn(clock.today());
    }

    /** "Open", "Closed" or "Not open yet", by the server's clock: said in words, not by colour alone. */
    public String stateOf(FeeReviewWindow window) {
        LocalDate today = clock.today();
        return window.isOpenOn(today) ? "Open" : window.isClosedOn(today) ? "Closed" : "Not open yet";
    }
}
