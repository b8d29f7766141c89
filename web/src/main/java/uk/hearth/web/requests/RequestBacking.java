package uk.hearth.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.application.RequestOverview;
import uk.hearth.requests.domain.DeadlineWords;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * commissioner/request.xhtml: one placement request. A draft is sent to providers from here; once sent, it shows
 * who received it, who did not and why, the offers (sealed until the deadline unless an emergency) and declines.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlacementRequests placementRequests;

    @Inject
    private HearthClock clock;

    private Long id;
    private RequestOverview overview;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The request");
        }
        overview = placementRequests.overview(id);
    }

    /** Sends the draft to every eligible provider, then shows the request afresh (a repeated click sends nothing twice). */
    public String publish() {
        PlacementRequest request = overview.getRequest();
        return ServiceCalls.attempt(() -> placementRequests.publish(id, request.getVersion())).map(published -> {
            int sent = published.getRecipients().size();
            FacesMessages.info("Sent to " + sent + (sent == 1 ? " provider" : " providers") + ". Responses are due by "
                    + DeadlineWords.of(published.getRequest().getResponseDeadline()) + " (UK time).");
            return "/commissioner/request?faces-redirect=true&id=" + id;
        }).orElse(null);
    }

    /** Chooses an offer; a second commissioner choosing at the same time is told the request changed. */
    public String choose(uk.hearth.requests.application.OfferComparison comparison) {
        return ServiceCalls.attempt(() -> placementRequests.choose(id, overview.getRequest().getVersion(), comparison.offer().getId()))
                .map(chosen -> {
                    FacesMessages.info("You chose the offer of " + comparison.offer().getHome().getName()
                            + ". The provider has until " + DeadlineWords.of(chosen.getRequest().getConfirmBy()) + " (UK time) to confirm.");
                    return "/commissioner/request?faces-redirect=true&id=" + id;
                }).orElse(null);
    }

    public String getConfirmByWords() {
        return overview.getRequest().getConfirmBy() == null ? "" : DeadlineWords.of(overview.getRequest().getConfirmBy());
    }

    public boolean isDraft() {
        return overview.getRequest().getStatus() == RequestStatus.DRAFT;
    }

    /** Published and still taking responses by the server's clock. */
    public boolean isOpen() {
        return overview.getRequest().isOpenAt(clock.now());
    }

    public String getDeadlineWords() {
        PlacementRequest request = overview.getRequest();
        return request.getResponseDeadline() == null ? null : DeadlineWords.of(request.getResponseDeadline()) + " (UK time)";
    }

    /** "3 offers received. Offers stay sealed until the deadline." */
    public String getSealedOffers() {
        long count = overview.getOfferCount();
        return count + (count == 1 ? " offer" : " offers") + " received. Offers stay sealed until the deadline.";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestOverview getOverview() {
        return overview;
    }
}
