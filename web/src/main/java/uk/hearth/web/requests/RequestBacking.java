package uk.hearth.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.hearth.requests.application.OfferComparison;
import uk.hearth.requests.application.PlacementRequests;
import uk.hearth.requests.application.RequestOverview;
import uk.hearth.requests.domain.OffFrameworkDetails;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.time.DeadlineWords;
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

    private String failureReason;
    private String offFrameworkProvider;
    private String offFrameworkUrn;
    private String offFrameworkDistrict;
    private BigDecimal offFrameworkFee;
    private LocalDate offFrameworkStart;
    private String offFrameworkJustification;

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

    /** The service decides; the page offers the choice only when it could succeed. */
    public boolean isMayCloseAsFailed() {
        PlacementRequest request = overview.getRequest();
        boolean confirmationLapsed = request.getStatus() == RequestStatus.CHOSEN && clock.now().isAfter(request.getConfirmBy());
        return (request.getStatus() == RequestStatus.PUBLISHED || confirmationLapsed) && request.offersVisibleAt(clock.now());
    }

    public String closeAsFailed() {
        return ServiceCalls.attempt(() -> placementRequests.closeAsFailed(id, overview.getRequest().getVersion(), failureReason))
                .map(closed -> {
                    FacesMessages.info(closed.getRequest().getReference() + " is closed without a placement.");
                    return "/commissioner/request?faces-redirect=true&id=" + id;
                }).orElse(null);
    }

    public String recordOffFramework() {
        OffFrameworkDetails details = new OffFrameworkDetails(offFrameworkProvider, offFrameworkUrn, offFrameworkDistrict,
                offFrameworkFee, offFrameworkStart, offFrameworkJustification);
        return ServiceCalls.attempt(() -> placementRequests.recordOffFrameworkPlacement(id, details)).map(recorded -> {
                    FacesMessages.info("The placement with " + recorded.getProviderName() + " is recorded.");
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

    public String getFailureReason() {
        return failureReason;
    }

    public void setFailureReason(String failureReason) {
        this.failureReason = failureReason;
    }

    public String getOffFrameworkProvider() {
        return offFrameworkProvider;
    }

    public void setOffFrameworkProvider(String offFrameworkProvider) {
        this.offFrameworkProvider = offFrameworkProvider;
    }

    public String getOffFrameworkUrn() {
        return offFrameworkUrn;
    }

    public void setOffFrameworkUrn(String offFrameworkUrn) {
        this.offFrameworkUrn = offFrameworkUrn;
    }

    public String getOffFrameworkDistrict() {
        return offFrameworkDistrict;
    }

    public void setOffFrameworkDistrict(String offFrameworkDistrict) {
        this.offFrameworkDistrict = offFrameworkDistrict;
    }

    public BigDecimal getOffFrameworkFee() {
        return offFrameworkFee;
    }

    public void setOffFrameworkFee(BigDecimal offFrameworkFee) {
        this.offFrameworkFee = offFrameworkFee;
    }

    public LocalDate getOffFrameworkStart() {
        return offFrameworkStart;
    }

    public void setOffFrameworkStart(LocalDate offFrameworkStart) {
        this.offFrameworkStart = offFrameworkStart;
    }

    public String getOffFrameworkJustification() {
        return offFrameworkJustification;
    }

    public void setOffFrameworkJustification(String offFrameworkJustification) {
        this.offFrameworkJustification = offFrameworkJustification;
    }
}
