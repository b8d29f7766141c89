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
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.geography.application.Distances;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.OfferDetails;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.geo.PostcodeDistrict;
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
        return new ProviderRequestView(request,
                recipient.getFittingHomes().stream().sorted(Comparator.comparing(Home::getName)).toList(), offers,
                myDecline(requestId, organisationId), request.isOpenAt(clock.now()));
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
