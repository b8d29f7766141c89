package uk.hearth.requests.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.geography.application.Distances;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.requests.domain.DeadlineWords;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.Eligibility;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.RequestExclusion;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.geo.GeoPoint;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * The commissioner's side of placement requests. Publishing decides, once and for all, who receives the
 * request: every admitted, unsuspended provider of the lot with a home that fits, by the same tests for all.
 */
@Stateless
public class PlacementRequests {

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
    private HearthClock clock;

    @Inject
    private RequestDeadlines deadlines;

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<PlacementRequest> all() {
        return em.createNamedQuery(PlacementRequest.ALL, PlacementRequest.class).getResultList();
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public PlacementRequest draft(@NotNull @Valid RequestDetails details) {
        // The reference comes from the id, which exists only once the row does.
        PlacementRequest request = new PlacementRequest("new-" + UUID.randomUUID().toString().substring(0, 12),
                callers.current().username(), clock.now());
        describe(request, details);
        em.persist(request);
        em.flush();
        request.assignReference("REQ-" + Year.from(clock.today()) + "-" + String.format("%05d", request.getId()));
        audit.record("request.drafted", "PlacementRequest", request.getId(), request.getReference() + " drafted for "
                + request.getLot().getName() + ": age " + request.getAge() + ", " + request.getGender().label().toLowerCase()
                + ", home area " + request.getHomeDistrict());
        return request;
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public PlacementRequest update(long requestId, long versionSeen, @NotNull @Valid RequestDetails details) {
        PlacementRequest request = find(requestId);
        if (request.getVersion() != versionSeen) {
            throw new ConcurrentChangeException("The request " + request.getReference());
        }
        describe(request, details);
        audit.record("request.updated", "PlacementRequest", request.getId(), request.getReference() + " draft changed");
        return request;
    }

    /**
     * Sends the request to every eligible provider and records why the others were left out. Publishing a request
     * that is already published changes nothing, so a repeated click or a retried request never sends twice.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public RequestOverview publish(long requestId, long versionSeen) {
        PlacementRequest request = find(requestId);
        if (request.getStatus() == uk.hearth.requests.domain.RequestStatus.PUBLISHED) {
            return overview(requestId);
        }
        if (request.getVersion() != versionSeen) {
            throw new ConcurrentChangeException("The request " + request.getReference());
        }
        GeoPoint homeArea = distances.centreOf(new PostcodeDistrict(request.getHomeDistrict())).orElseThrow(() ->
                new BusinessException("Hearth does not know where the postcode district " + request.getHomeDistrict() + " is."));
        request.publish(clock.now());

        List<LotMembership> memberships = em.createQuery(
                "select m from LotMembership m join fetch m.organisation where m.lot.id = :lotId", LotMembership.class)
                .setParameter("lotId", request.getLot().getId()).getResultList();
        Map<Long, List<Home>> homesByOrganisation = em.createQuery(
                "select h from Home h where h.organisation.id in :ids and h.closedAt is null", Home.class)
                .setParameter("ids", memberships.isEmpty() ? List.of(-1L) : memberships.stream().map(m -> m.getOrganisation().getId()).toList())
                .getResultStream().collect(Collectors.groupingBy(h -> h.getOrganisation().getId()));
        Map<Long, Home> homesById = homesByOrganisation.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Home::getId, Function.identity()));

        Eligibility.Criteria criteria = new Eligibility.Criteria(request.getLot().getId(), request.getAge(), request.getGender(),
                homeArea, request.getMaxDistanceMiles(), request.getQualityOverrideReason() != null);
        List<Eligibility.Candidate> candidates = memberships.stream().map(m -> new Eligibility.Candidate(
                m.getOrganisation().getId(), Optional.of(Eligibility.Standing.valueOf(m.getStatus().name())),
                homesByOrganisation.getOrDefault(m.getOrganisation().getId(), List.of()).stream().map(this::facts).toList()))
                .toList();
        Map<Long, Organisation> organisations = memberships.stream().map(LotMembership::getOrganisation)
                .collect(Collectors.toMap(Organisation::getId, Function.identity(), (a, b) -> a));

        int sent = 0;
        for (Eligibility.Decision decision : Eligibility.decide(criteria, candidates)) {
            Organisation organisation = organisations.get(decision.organisationId());
            if (decision.eligible()) {
                em.persist(new RequestRecipient(request, organisation,
                        decision.homes().stream().map(f -> homesById.get(f.homeId())).collect(Collectors.toSet()),
                        decision.homes().get(0).miles()));
                notices.tell(organisation, "new placement request " + request.getReference(),
                        "The council has sent you placement request " + request.getReference() + " for "
                                + request.getLot().getName() + ": a child aged " + request.getAge() + ", home area "
                                + request.getHomeDistrict() + ". Answer by " + DeadlineWords.of(request.getResponseDeadline())
                                + " (UK time) with an offer or a reason for declining.");
                sent++;
            } else {
                em.persist(new RequestExclusion(request, organisation, decision.exclusionReason()));
            }
        }
        deadlines.schedule(request);
        audit.record("request.published", "PlacementRequest", request.getId(), request.getReference() + " sent to " + sent
                + " of " + memberships.size() + " providers on " + request.getLot().getName() + "; responses due by "
                + DeadlineWords.of(request.getResponseDeadline()));
        em.flush();
        return overview(requestId);
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public RequestOverview overview(long requestId) {
        PlacementRequest request = find(requestId);
        request.getLot().getName();
        if (request.getSubCategory() != null) {
            request.getSubCategory().getName();
        }
        List<RequestRecipient> recipients = em.createNamedQuery(RequestRecipient.OF_REQUEST, RequestRecipient.class)
                .setParameter("requestId", requestId).getResultList();
        recipients.forEach(r -> r.getFittingHomes().size());
        List<Offer> offers = em.createNamedQuery(Offer.OF_REQUEST, Offer.class).setParameter("requestId", requestId).getResultList();
        boolean visible = request.offersVisibleAt(clock.now());
        List<Decline> declines = em.createNamedQuery(Decline.OF_REQUEST, Decline.class).setParameter("requestId", requestId).getResultList();
        Placement placement = em.createNamedQuery(Placement.FOR_REQUEST, Placement.class).setParameter("requestId", requestId)
                .getResultStream().findFirst().orElse(null);
        if (placement != null) {
            placement.getOrganisation().getLegalName();
            placement.getFees().size();
            placement.getHome().getName();
            if (placement.getAgreement() != null) {
                placement.getAgreement().getFileName();
            }
        }
        if (request.getChosenOffer() != null) {
            request.getChosenOffer().getHome().getName();
            request.getChosenOffer().getOrganisation().getLegalName();
        }
        return new RequestOverview(request, recipients,
                em.createNamedQuery(RequestExclusion.OF_REQUEST, RequestExclusion.class).setParameter("requestId", requestId).getResultList(),
                visible ? offers : List.of(), offers.size(), visible, declines,
                visible ? compare(request, offers) : List.of(), placement);
    }

    /**
     * Chooses one offer, once offers can be seen. Two commissioners choosing at once: the first commit wins and
     * the other is told the request changed (optimistic locking on the request).
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public RequestOverview choose(long requestId, long versionSeen, long offerId) {
        PlacementRequest request = find(requestId);
        if (request.getVersion() != versionSeen) {
            throw new ConcurrentChangeException("The request " + request.getReference());
        }
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null) {
            throw new RecordNotFoundException("The offer");
        }
        request.choose(offer, callers.current().username(), clock.now());
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentChangeException("The request " + request.getReference());
        }
        audit.record("request.offer-chosen", "PlacementRequest", request.getId(), request.getReference() + ": offer of ‘"
                + offer.getHome().getName() + "’ by " + offer.getOrganisation().getLegalName() + " chosen at £"
                + offer.getWeeklyFee() + " a week; provider to confirm by " + DeadlineWords.of(request.getConfirmBy()));
        notices.tell(offer.getOrganisation(), "your offer for " + request.getReference() + " was chosen",
                "The council has chosen your offer of " + offer.getHome().getName() + " for placement request "
                        + request.getReference() + ". Please confirm it in Hearth by " + DeadlineWords.of(request.getConfirmBy())
                        + " (UK time); the Individual Placement Agreement is issued when you confirm.");
        return overview(requestId);
    }

    /** Two hours before the deadline: a reminder to every provider sent the request that has not answered yet. */
    @RolesAllowed(Roles.ADMIN)
    public int remindBeforeDeadline(long requestId) {
        PlacementRequest request = find(requestId);
        if (!request.isOpenAt(clock.now())) {
            return 0;
        }
        List<Organisation> silent = unanswered(request);
        silent.forEach(organisation -> notices.tell(organisation, "2 hours left to answer " + request.getReference(),
                "Placement request " + request.getReference() + " closes on " + DeadlineWords.of(request.getResponseDeadline())
                        + " (UK time). Please answer it in Hearth with an offer or a reason for declining."));
        audit.record("request.reminder-sent", "PlacementRequest", request.getId(), request.getReference()
                + ": reminder sent to " + silent.size() + " providers that had not answered");
        return silent.size();
    }

    /** At the deadline: records how the providers answered; after this the council may open the offers. */
    @RolesAllowed(Roles.ADMIN)
    public void closeResponses(long requestId) {
        PlacementRequest request = find(requestId);
        long offers = em.createNamedQuery(Offer.OF_REQUEST, Offer.class).setParameter("requestId", requestId).getResultList().size();
        long declines = em.createNamedQuery(Decline.OF_REQUEST, Decline.class).setParameter("requestId", requestId).getResultList().size();
        audit.record("request.responses-closed", "PlacementRequest", request.getId(), request.getReference()
                + " closed for responses at " + DeadlineWords.of(request.getResponseDeadline()) + ": " + offers + " offers, "
                + declines + " declines, " + unanswered(request).size() + " providers did not answer");
    }

    private List<Organisation> unanswered(PlacementRequest request) {
        return em.createQuery("select r.organisation from RequestRecipient r where r.request = :request"
                + " and not exists (select o from Offer o where o.request = :request and o.organisation = r.organisation and o.withdrawnAt is null)"
                + " and not exists (select d from Decline d where d.request = :request and d.organisation = r.organisation)",
                Organisation.class).setParameter("request", request).getResultList();
    }

    private static final double PRICE_WEIGHT = 40;
    private static final double QUALITY_WEIGHT = 60;

    private static List<OfferComparison> compare(PlacementRequest request, List<Offer> offers) {
        Optional<java.math.BigDecimal> lowest = offers.stream().map(Offer::getWeeklyFee).min(java.math.BigDecimal::compareTo);
        return offers.stream().map(o -> {
            double price = lowest.map(l -> l.doubleValue() / o.getWeeklyFee().doubleValue() * PRICE_WEIGHT).orElse(0.0);
            double quality = qualityPoints(o.getHome().getJudgement()) * QUALITY_WEIGHT / 100;
            return new OfferComparison(o, o.getWeeklyFee().multiply(java.math.BigDecimal.valueOf(request.getExpectedDurationWeeks())),
                    price, quality, price + quality);
        }).sorted(java.util.Comparator.comparingDouble(OfferComparison::score).reversed()).toList();
    }

    private static double qualityPoints(uk.hearth.organisations.domain.OfstedJudgement judgement) {
        return switch (judgement) {
            case OUTSTANDING -> 100;
            case GOOD -> 75;
            case NOT_YET_INSPECTED -> 50;
            case REQUIRES_IMPROVEMENT -> 25;
            case INADEQUATE -> 0;
        };
    }

    private void describe(PlacementRequest request, RequestDetails details) {
        Lot lot = em.find(Lot.class, details.lotId());
        if (lot == null) {
            throw new RecordNotFoundException("The lot");
        }
        LotSubCategory subCategory = details.subCategoryId() == null ? null : lot.getSubCategories().stream()
                .filter(s -> s.getId().equals(details.subCategoryId())).findFirst()
                .orElseThrow(() -> new BusinessException("Choose a kind of provision of the " + lot.getName() + " lot."));
        PostcodeDistrict homeDistrict;
        try {
            homeDistrict = PostcodeDistrict.of(details.homeDistrict());
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage());
        }
        if (!distances.isKnown(homeDistrict)) {
            throw new BusinessException("Hearth does not know the postcode district " + homeDistrict.code() + ".");
        }
        request.describe(details, lot, subCategory);
    }

    private Eligibility.HomeFacts facts(Home home) {
        return new Eligibility.HomeFacts(home.getId(), home.getLot().getId(), home.isOpen(), home.getMinAge(), home.getMaxAge(),
                home.getGenders(), home.getVacancies(), home.getJudgement(),
                distances.centreOf(new PostcodeDistrict(home.getPostcodeDistrict())));
    }

    private PlacementRequest find(long requestId) {
        PlacementRequest request = em.find(PlacementRequest.class, requestId);
        if (request == null) {
            throw new RecordNotFoundException("The request");
        }
        return request;
    }
}
