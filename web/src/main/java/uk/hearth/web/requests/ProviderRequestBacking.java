package uk.hearth.web.requests;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.hearth.requests.application.ProviderRequestView;
import uk.hearth.requests.application.ProviderRequests;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.OfferDetails;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/**
 * provider/request.xhtml: one placement request as the provider sees it, with its own offers and decline, and
 * the forms to offer a home or decline while the request is open.
 */
@Named
@ViewScoped
public class ProviderRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private HearthClock clock;

    private Long id;
    private ProviderRequestView view;

    private Long homeId;
    private BigDecimal core;
    private BigDecimal staffingHours;
    private BigDecimal staffingRate;
    private BigDecimal education;
    private BigDecimal transport;
    private BigDecimal other;
    private LocalDate startDate;
    private String how;

    private DeclineReason reason;
    private String detail;

    public void load() {
        if (id == null) {
            throw new RecordNotFoundException("The request");
        }
        refresh();
        startDate = view.getRequest().getStartDate();
    }

    private void refresh() {
        view = providerRequests.request(id);
    }

    public void confirm() {
        ServiceCalls.attempt(() -> providerRequests.confirm(id)).ifPresent(placement -> FacesMessages.info(
                "The placement is confirmed. Individual Placement Agreement " + placement.getReference()
                        + " is filed below and emailed to you."));
        refresh();
    }

    public String getConfirmByWords() {
        return view.getRequest().getConfirmBy() == null ? "" : DeadlineWords.of(view.getRequest().getConfirmBy());
    }

    public void sendOffer() {
        OfferDetails details = new OfferDetails(homeId, core, staffingHours, staffingRate, education, transport, other,
                startDate, how);
        ServiceCalls.attempt(() -> providerRequests.offer(id, details)).ifPresent(offer -> {
            FacesMessages.info("Your offer of ‘" + offer.getHome().getName() + "’ was sent to the council.");
            homeId = null;
            core = null;
            staffingHours = null;
            staffingRate = null;
            education = null;
            transport = null;
            other = null;
            how = null;
            refresh();
        });
    }

    public void withdraw(Offer offer) {
        if (ServiceCalls.attempt(() -> providerRequests.withdraw(offer.getId()))) {
            FacesMessages.info("Your offer of ‘" + offer.getHome().getName() + "’ is withdrawn.");
        }
        refresh();
    }

    public void decline() {
        if (ServiceCalls.attempt(() -> providerRequests.decline(id, reason, detail))) {
            FacesMessages.info("You declined " + view.getRequest().getReference() + ". Thank you for saying why: it tells the"
                    + " council what homes are missing.");
            reason = null;
            detail = null;
        }
        refresh();
    }

    /** "Answer by Wednesday 8 April 2026 at 17:00 (UK time)", or when responses closed. */
    public String getDeadlineWords() {
        PlacementRequest request = view.getRequest();
        if (request.getResponseDeadline() == null) {
            return null;
        }
        String when = DeadlineWords.of(request.getResponseDeadline()) + " (UK time)";
        return view.isOpen() ? "Answer by " + when : "Responses closed on " + when;
    }

    /** "2 days 4 hours left", or "Closed", by the server's clock. */
    public String getCountdown() {
        return view.isOpen() ? Countdown.between(clock.now(), view.getRequest().getResponseDeadline()) : "Closed";
    }

    /** The organisation's decline, or null: read here rather than from the view, whose record component is an Optional. */
    public Decline getMyDecline() {
        return view.myDecline().orElse(null);
    }

    public boolean isDeclined() {
        return view.myDecline().isPresent();
    }

    /** The form to offer a home: while open, unless the organisation has declined. */
    public boolean isOffering() {
        return view.isOpen() && !isDeclined();
    }

    public boolean hasLiveOffer() {
        return view.getMyOffers().stream().anyMatch(o -> !o.isWithdrawn());
    }

    public DeclineReason[] getDeclineReasons() {
        return DeclineReason.values();
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProviderRequestView getView() {
        return view;
    }

    public Long getHomeId() {
        return homeId;
    }

    public void setHomeId(Long homeId) {
        this.homeId = homeId;
    }

    public BigDecimal getCore() {
        return core;
    }

    public void setCore(BigDecimal core) {
        this.core = core;
    }

    public BigDecimal getStaffingHours() {
        return staffingHours;
    }

    public void setStaffingHours(BigDecimal staffingHours) {
        this.staffingHours = staffingHours;
    }

    public BigDecimal getStaffingRate() {
        return staffingRate;
    }

    public void setStaffingRate(BigDecimal staffingRate) {
        this.staffingRate = staffingRate;
    }

    public BigDecimal getEducation() {
        return education;
    }

    public void setEducation(BigDecimal education) {
        this.education = education;
    }

    public BigDecimal getTransport() {
        return transport;
    }

    public void setTransport(BigDecimal transport) {
        this.transport = transport;
    }

    public BigDecimal getOther() {
        return other;
    }

    public void setOther(BigDecimal other) {
        this.other = other;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }

    public DeclineReason getReason() {
        return reason;
    }

    public void setReason(DeclineReason reason) {
        this.reason = reason;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
