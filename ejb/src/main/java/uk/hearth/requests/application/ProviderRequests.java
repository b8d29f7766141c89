package uk.hearth.requests.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.geography.application.Distances;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.notifications.domain.Notification;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.OfferDetails;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DynamicPurchasingSystem;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * The provider's side: requests sent to its organisation, offers and declines. A request the organisation was
 * not sent is "not found", whatever its id; responses after the deadline are refused by the server's clock.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class ProviderRequests {

    @PersistenceContext
    private EntityManager em;

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
        List<RequestRecipient> inbox = em.createNamedQuery(RequestRecipient.OF_ORGANISATION, RequestRecipient.class)
                .setParameter("organisationId", callers.requireOrganisation().getId()).getResultList();
        inbox.forEach(r -> r.getRequest().getLot().getName());
        return inbox;
    }

    @RolesAllowed(Roles.PROVIDER)
    public ProviderRequestView request(long requestId) {
        RequestRecipient recipient = recipientOf(requestId);
        PlacementRequest request = recipient.getRequest();
        request.getLot().getName();
        if (request.getSubCategory() != null) {
            request.getSubCategory().getName();
        }
        long organisationId = recipient.getOrganisation().getId();
        List<Offer> offers = em.createNamedQuery(Offer.OF_REQUEST_AND_ORGANISATION, Offer.class)
                .setParameter("requestId", requestId).setParameter("organisationId", organisationId).getResultList();
        boolean chosenMine = request.getChosenOffer() != null
                && request.getChosenOffer().getOrganisation().getId().equals(organisationId);
        Placement placement = chosenMine ? placementOf(requestId) : null;
        return new ProviderRequestView(request,
                recipient.getFittingHomes().stream().sorted(Comparator.comparing(Home::getName)).toList(), offers,
                myDecline(requestId, organisationId), request.isOpenAt(clock.now()),
                chosenMine && request.getStatus() == RequestStatus.CHOSEN, placement);
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
            throw new BusinessException("There is no chosen offer of yours waiting for confirmation on " + request.getReference() + ".");
        }
        request.confirm(chosen, clock.now());
        chosen.getHome().fillVacancies(1 + request.getSiblingCount());
        Placement placement = new Placement("IPA-" + request.getReference().substring("REQ-".length()), request, chosen, clock.now());
        em.persist(placement);

        byte[] pdf = agreements.render(new PlacementAgreement(placement.getReference(), councilName(request),
                organisation.getLegalName(), organisation.getRegisteredAddress(), request.getReference(), request.getLot().getName(),
                chosen.getHome().getName(), chosen.getHome().getOfstedUrn(), chosen.getHome().getPostcode(),
                placement.getStartDate(), placement.getInitialPeriodWeeks(), placement.getReviewDate(),
                chosen.getCoreWeeklyFee(), chosen.getStaffingHoursPerWeek(), chosen.getStaffingHourlyRate(),
                chosen.getEducationWeeklyFee(), chosen.getTransportWeeklyFee(), chosen.getOtherWeeklyFee(), chosen.getWeeklyFee(),
                placement.getInvoicingReference(), clock.today(), request.getChosenBy(), callers.current().username(),
                DynamicPurchasingSystem.NAME));
        ProviderDocument agreement = documents.fileGenerated(organisation, DocumentCategory.PLACEMENT_AGREEMENT,
                "placement-agreement-" + placement.getReference() + ".pdf", pdf);
        placement.fileAgreement(agreement);

        audit.record("request.placed", "PlacementRequest", request.getId(), organisation.getLegalName() + " confirmed ‘"
                + chosen.getHome().getName() + "’ for " + request.getReference() + " at £" + chosen.getWeeklyFee()
                + " a week from " + placement.getStartDate() + "; agreement " + placement.getReference());
        notices.tell(organisation, "placement agreement " + placement.getReference(),
                "Thank you for confirming. The Individual Placement Agreement " + placement.getReference() + " for request "
                        + request.getReference() + " is attached and kept in Hearth.",
                new Notification.Attachment(agreement.getFile().fileName(), agreement.getFile().mediaType(), pdf));
        em.createNamedQuery(Offer.OF_REQUEST, Offer.class).setParameter("requestId", requestId).getResultStream()
                .map(Offer::getOrganisation).filter(o -> !o.getId().equals(organisation.getId())).distinct()
                .forEach(other -> notices.tell(other, "outcome of placement request " + request.getReference(),
                        "Thank you for your offer. The council has placed the child with another provider whose offer better"
                                + " met the child's needs, location and cost, taken together."));
        return placement;
    }

    private Placement placementOf(long requestId) {
        Placement placement = em.createNamedQuery(Placement.FOR_REQUEST, Placement.class).setParameter("requestId", requestId)
                .getResultStream().findFirst().orElse(null);
        if (placement != null) {
            placement.getHome().getName();
            placement.getFees().size();
            if (placement.getAgreement() != null) {
                placement.getAgreement().getFile().fileName();
            }
        }
        return placement;
    }

    /** The council of the commissioner who chose the offer: the party the agreement is made with. */
    private String councilName(PlacementRequest request) {
        return em.createQuery("select m.organisation.legalName from OrganisationMember m where m.username = :username", String.class)
                .setParameter("username", request.getChosenBy()).getResultStream().findFirst().orElse("The council");
    }

    /** At most one live offer per home per request; the home must be one of the provider's open homes of the lot. */
    @RolesAllowed(Roles.PROVIDER)
    public Offer offer(long requestId, @NotNull @Valid OfferDetails details) {
        RequestRecipient recipient = recipientOf(requestId);
        PlacementRequest request = recipient.getRequest();
        request.requireOpenAt(clock.now());
        Organisation organisation = recipient.getOrganisation();
        if (myDecline(requestId, organisation.getId()).isPresent()) {
            throw new BusinessException("Your organisation has declined this request.");
        }
        Home home = em.find(Home.class, details.homeId());
        if (home == null || !home.getOrganisation().getId().equals(organisation.getId()) || !home.isOpen()
                || !home.getLot().getId().equals(request.getLot().getId())) {
            throw new BusinessException("Offer one of your open homes registered under " + request.getLot().getName() + ".");
        }
        boolean alreadyOffered = em.createNamedQuery(Offer.OF_REQUEST_AND_ORGANISATION, Offer.class)
                .setParameter("requestId", requestId).setParameter("organisationId", organisation.getId()).getResultStream()
                .anyMatch(o -> !o.isWithdrawn() && o.getHome().getId().equals(home.getId()));
        if (alreadyOffered) {
            throw new BusinessException("You have already offered ‘" + home.getName() + "’ for this request; withdraw that offer to change it.");
        }
        double miles = distances.milesBetween(new PostcodeDistrict(home.getPostcodeDistrict()),
                new PostcodeDistrict(request.getHomeDistrict())).orElse(0.0);
        Offer offer = new Offer(request, organisation, home, miles, callers.current().username(), clock.now());
        offer.describe(details);
        request.getLot().requireWithinRateBand(Money.of(offer.getWeeklyFee()));
        em.persist(offer);
        audit.record("offer.submitted", "Offer", offer.getId(), organisation.getLegalName() + " offered ‘" + home.getName()
                + "’ for " + request.getReference());
        return offer;
    }

    @RolesAllowed(Roles.PROVIDER)
    public void withdraw(long offerId) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || !offer.getOrganisation().getId().equals(callers.requireOrganisation().getId())) {
            throw new RecordNotFoundException("The offer");
        }
        offer.getRequest().requireOpenAt(clock.now());
        if (offer.isWithdrawn()) {
            throw new BusinessException("That offer is already withdrawn.");
        }
        offer.withdraw(clock.now());
        audit.record("offer.withdrawn", "Offer", offer.getId(), offer.getOrganisation().getLegalName() + " withdrew its offer of ‘"
                + offer.getHome().getName() + "’ for " + offer.getRequest().getReference());
    }

    @RolesAllowed(Roles.PROVIDER)
    public void decline(long requestId, @NotNull(message = "Choose the reason for declining.") DeclineReason reason,
            @Size(max = 2000, message = "Keep the explanation to 2,000 characters.") String detail) {
        RequestRecipient recipient = recipientOf(requestId);
        PlacementRequest request = recipient.getRequest();
        request.requireOpenAt(clock.now());
        Organisation organisation = recipient.getOrganisation();
        if (myDecline(requestId, organisation.getId()).isPresent()) {
            throw new BusinessException("Your organisation has already declined this request.");
        }
        boolean liveOffer = em.createNamedQuery(Offer.OF_REQUEST_AND_ORGANISATION, Offer.class)
                .setParameter("requestId", requestId).setParameter("organisationId", organisation.getId()).getResultStream()
                .anyMatch(o -> !o.isWithdrawn());
        if (liveOffer) {
            throw new BusinessException("Withdraw your offers before declining the request.");
        }
        em.persist(new Decline(request, organisation, reason, detail, callers.current().username(), clock.now()));
        audit.record("request.declined", "PlacementRequest", request.getId(), organisation.getLegalName() + " declined "
                + request.getReference() + ": " + reason.label() + (detail == null || detail.isBlank() ? "" : " — " + detail.strip()));
    }

    private RequestRecipient recipientOf(long requestId) {
        return em.createNamedQuery(RequestRecipient.FOR_REQUEST_AND_ORGANISATION, RequestRecipient.class)
                .setParameter("requestId", requestId).setParameter("organisationId", callers.requireOrganisation().getId())
                .getResultStream().findFirst().orElseThrow(() -> new RecordNotFoundException("The request"));
    }

    private java.util.Optional<Decline> myDecline(long requestId, long organisationId) {
        return em.createQuery("select d from Decline d where d.request.id = :requestId and d.organisation.id = :organisationId",
                Decline.class).setParameter("requestId", requestId).setParameter("organisationId", organisationId)
                .getResultStream().findFirst();
    }
}
