package uk.hearth.requests.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.geography.application.Distances;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.notifications.domain.Notification;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeRepository;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.DeclineRepository;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.OfferDetails;
import uk.hearth.requests.domain.OfferRepository;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRepository;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.PlacementRequestRepository;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DynamicPurchasingSystem;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * The provider's side: requests sent to its organisation, offers and declines. A request the organisation was
 * not sent is "not found", whatever its id; responses after the deadline are refused by the server's clock.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class ProviderRequests {

    @Inject
    private PlacementRequestRepository requests;

    @Inject
    private OfferRepository offers;

    @Inject
    private DeclineRepository declines;

    @Inject
    private PlacementRepository placements;

    @Inject
    private HomeRepository homes;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private CallerProfiles callers;

    @Inject
    private Distances distances;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProviderNotices notices;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private PlacementAgreementRenderer agreements;

    @Inject
    private HearthClock clock;

    @RolesAllowed(Roles.PROVIDER)
    public List<RequestRecipient> inbox() {
        return requests.inboxOf(callers.requireOrganisation().getId());
    }

    @RolesAllowed(Roles.PROVIDER)
    public ProviderRequestView request(long requestId) {
        RequestRecipient recipient = recipientOf(requestId);
        PlacementRequest request = recipient.getRequest();
        long organisationId = recipient.getOrganisation().getId();
        boolean chosenMine = request.getChosenOffer() != null
                && request.getChosenOffer().getOrganisation().getId().equals(organisationId);
        Placement placement = chosenMine ? placements.findForRequest(requestId).orElse(null) : null;
        return new ProviderRequestView(request,
                recipient.getFittingHomes().stream().sorted(Comparator.comparing(Home::getName)).toList(),
                offers.ofRequestAndOrganisation(requestId, organisationId), declines.findOf(requestId, organisationId),
                request.isOpenAt(clock.now()), chosenMine && request.getStatus() == RequestStatus.CHOSEN, placement);
    }

    /**
     * The chosen provider confirms its offer: the placement is made, its fee history starts, and the Individual
     * Placement Agreement is generated, filed for both parties and emailed. Other offerers are told the outcome.
     */
    @RolesAllowed(Roles.PROVIDER)
    public Placement confirm(long requestId) {
        RequestRecipient recipient = recipientOf(requestId);
        PlacementRequest request = recipient.getRequest();
        Offer chosen = request.getChosenOffer();
        Organisation organisation = recipient.getOrganisation();
        if (chosen == null || !chosen.getOrganisation().getId().equals(organisation.getId())) {
            throw new WrongStateException("There is no chosen offer of yours waiting for confirmation on " + request.getReference() + ".");
        }
        request.confirm(chosen, clock.now());
        chosen.getHome().fillVacancies(1 + request.getSiblingCount());
        Placement placement = new Placement("IPA-" + request.getReference().substring("REQ-".length()), request, chosen, clock.now());
        placements.add(placement);

        byte[] pdf = agreements.render(new PlacementAgreement(placement.getReference(), councilName(request),
                organisation.getLegalName(), organisation.getRegisteredAddress(), request.getReference(), request.getLot().getName(),
                chosen.getHome().getName(), chosen.getHome().getOfstedUrn(), chosen.getHome().getPostcode(),
                placement.getStartDate(), placement.getInitialPeriodWeeks(), placement.getReviewDate(),
                chosen.getCoreWeeklyFee(), chosen.getStaffingHoursPerWeek(), chosen.getStaffingHourlyRate(),
                chosen.getEducationWeeklyFee(), chosen.getTransportWeeklyFee(), chosen.getOtherWeeklyFee(), chosen.getWeeklyFee(),
                placement.getInvoicingReference(), clock.today(), request.getChosen().username(), callers.current().username(),
                DynamicPurchasingSystem.NAME));
        ProviderDocument agreement = documents.fileGenerated(organisation, DocumentCategory.PLACEMENT_AGREEMENT,
                "placement-agreement-" + placement.getReference() + ".pdf", pdf);
        placement.fileAgreement(agreement);

        audit.record("request.placed", "PlacementRequest", request.getId(), organisation.getLegalName() + " confirmed ‘"
                + chosen.getHome().getName() + "’ for " + request.getReference() + " at " + chosen.getWeeklyFee()
                + " a week from " + placement.getStartDate() + "; agreement " + placement.getReference());
        notices.tell(organisation, "placement agreement " + placement.getReference(),
                "Thank you for confirming. The Individual Placement Agreement " + placement.getReference() + " for request "
                        + request.getReference() + " is attached and kept in Hearth.",
                Notification.Attachment.of(agreement.getFile(), pdf));
        offers.liveOffersOf(requestId).stream()
                .map(Offer::getOrganisation).filter(o -> !o.getId().equals(organisation.getId())).distinct()
                .forEach(other -> notices.tell(other, "outcome of placement request " + request.getReference(),
                        "Thank you for your offer. The council has placed the child with another provider whose offer better"
                                + " met the child's needs, location and cost, taken together."));
        return placement;
    }

    /** The council of the commissioner who chose the offer: the party the agreement is made with. */
    private String councilName(PlacementRequest request) {
        return organisations.findMember(request.getChosen().username()).map(OrganisationMember::getOrganisation)
                .map(Organisation::getLegalName).orElse("The council");
    }

    /** At most one live offer per home per request; the home must be one of the provider's open homes of the lot. */
    @RolesAllowed(Roles.PROVIDER)
    public Offer offer(long requestId, @NotNull @Valid OfferDetails details) {
        RequestRecipient recipient = recipientOf(requestId);
        PlacementRequest request = recipient.getRequest();
        request.requireOpenAt(clock.now());
        Organisation organisation = recipient.getOrganisation();
        if (declines.findOf(requestId, organisation.getId()).isPresent()) {
            throw new WrongStateException("Your organisation has declined this request.");
        }
        Home home = homes.find(details.homeId())
                .filter(h -> h.getOrganisation().getId().equals(organisation.getId()) && h.isOpen()
                        && h.getLot().getId().equals(request.getLot().getId()))
                .orElseThrow(() -> new BusinessException("homeId", "Offer one of your open homes registered under "
                        + request.getLot().getName() + "."));
        boolean alreadyOffered = offers.ofRequestAndOrganisation(requestId, organisation.getId()).stream()
                .anyMatch(o -> !o.isWithdrawn() && o.getHome().getId().equals(home.getId()));
        if (alreadyOffered) {
            throw new BusinessException("homeId", "You have already offered ‘" + home.getName()
                    + "’ for this request; withdraw that offer to change it.");
        }
        double miles = distances.milesBetween(home.getPostcodeDistrict(), request.getHomeDistrict()).orElse(0.0);
        Offer offer = new Offer(request, organisation, home, miles, callers.act());
        offer.describe(details);
        request.getLot().requireWithinRateBand(offer.getWeeklyFee());
        offers.add(offer);
        audit.record("offer.submitted", "Offer", offer.getId(), organisation.getLegalName() + " offered ‘" + home.getName()
                + "’ for " + request.getReference());
        return offer;
    }

    @RolesAllowed(Roles.PROVIDER)
    public void withdraw(long offerId) {
        Offer offer = offers.find(offerId)
                .filter(o -> o.getOrganisation().getId().equals(callers.requireOrganisation().getId()))
                .orElseThrow(() -> new RecordNotFoundException("The offer"));
        offer.getRequest().requireOpenAt(clock.now());
        if (offer.isWithdrawn()) {
            throw new WrongStateException("That offer is already withdrawn.");
        }
        offer.withdraw(clock.now());
        audit.record("offer.withdrawn", "Offer", offer.getId(), offer.getOrganisation().getLegalName() + " withdrew its offer of ‘"
                + offer.getHome().getName() + "’ for " + offer.getRequest().getReference());
    }

    @RolesAllowed(Roles.PROVIDER)
    public void decline(long requestId, @NotNull(message = "Choose the reason for declining.") DeclineReason reason,
            @Size(max = Lengths.REASON, message = "Keep the explanation to 2,000 characters.") String detail) {
        RequestRecipient recipient = recipientOf(requestId);
        PlacementRequest request = recipient.getRequest();
        request.requireOpenAt(clock.now());
        Organisation organisation = recipient.getOrganisation();
        if (declines.findOf(requestId, organisation.getId()).isPresent()) {
            throw new WrongStateException("Your organisation has already declined this request.");
        }
        boolean liveOffer = offers.ofRequestAndOrganisation(requestId, organisation.getId()).stream()
                .anyMatch(o -> !o.isWithdrawn());
        if (liveOffer) {
            throw new WrongStateException("Withdraw your offers before declining the request.");
        }
        declines.add(new Decline(request, organisation, reason, detail, callers.act()));
        audit.record("request.declined", "PlacementRequest", request.getId(), organisation.getLegalName() + " declined "
                + request.getReference() + ": " + reason.label() + (detail == null || detail.isBlank() ? "" : " — " + detail.strip()));
    }

    private RequestRecipient recipientOf(long requestId) {
        return requests.findRecipient(requestId, callers.requireOrganisation().getId())
                .orElseThrow(() -> new RecordNotFoundException("The request"));
    }
}
