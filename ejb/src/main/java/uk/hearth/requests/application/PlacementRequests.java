package uk.hearth.requests.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.Comparator;
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
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.Eligibility;
import uk.hearth.requests.domain.OffFrameworkDetails;
import uk.hearth.requests.domain.OffFrameworkPlacement;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.RequestExclusion;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.geo.GeoPoint;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.DeadlineWords;
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
        if (request.getStatus() == RequestStatus.PUBLISHED) {
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
                homeArea, request.getMaxDistanceMiles(), request.getQualityOverrideReason() != null, 1 + request.getSiblingCount());
        List<Eligibility.Candidate> candidates = memberships.stream().map(m -> new Eligibility.Candidate(
                m.getOrganisation().getId(), Optional.of(Eligibility.Standing.valueOf(m.getStatus().name())),
                homesByOrganisation.getOrDefault(m.getOrganisation().getId(), List.of()).stream().map(this::facts).toList()))
                .toList();
        Map<Long, Organisation> organisations = memberships.stream().map(LotMembership::getOrganisation)
                .collect(Collectors.toMap(Organisation::getId, Function.identity(), (a, b) -> a));
        // With a tiered release, those left out only by the distance are kept back as tier 2, unsent.
        Map<Long, Eligibility.Decision> anyDistance = request.getTierTwoAfterHours() == null ? Map.of()
                : Eligibility.decide(criteria.anyDistance(), candidates).stream()
                        .filter(Eligibility.Decision::eligible)
                        .collect(Collectors.toMap(Eligibility.Decision::organisationId, Function.identity()));

        int sent = 0;
        int heldBack = 0;
        for (Eligibility.Decision decision : Eligibility.decide(criteria, candidates)) {
            Organisation organisation = organisations.get(decision.organisationId());
            if (decision.eligible()) {
                em.persist(recipient(request, organisation, decision, homesById, 1, request.getPublishedAt()));
                tellOfRequest(request, organisation);
                sent++;
            } else if (anyDistance.containsKey(decision.organisationId())) {
                em.persist(recipient(request, organisation, anyDistance.get(decision.organisationId()), homesById, 2, null));
                heldBack++;
            } else {
                em.persist(new RequestExclusion(request, organisation, decision.exclusionReason()));
            }
        }
        deadlines.schedule(request);
        audit.record("request.published", "PlacementRequest", request.getId(), request.getReference() + " sent to " + sent
                + " of " + memberships.size() + " providers on " + request.getLot().getName() + "; responses due by "
                + DeadlineWords.of(request.getResponseDeadline())
                + (request.getTierTwoAfterHours() == null ? "" : "; " + heldBack + " providers beyond " + request.getMaxDistanceMiles()
                        + " miles to be sent it after " + request.getTierTwoAfterHours() + " hours if no offer has come"));
        em.flush();
        return overview(requestId);
    }

    private static RequestRecipient recipient(PlacementRequest request, Organisation organisation, Eligibility.Decision decision,
            Map<Long, Home> homesById, int tier, java.time.Instant releasedAt) {
        return new RequestRecipient(request, organisation,
                decision.homes().stream().map(f -> homesById.get(f.homeId())).collect(Collectors.toSet()),
                decision.homes().get(0).miles(), tier, releasedAt);
    }

    private void tellOfRequest(PlacementRequest request, Organisation organisation) {
        notices.tell(organisation, "new placement request " + request.getReference(),
                "The council has sent you placement request " + request.getReference() + " for "
                        + request.getLot().getName() + ": a child aged " + request.getAge() + ", home area "
                        + request.getHomeDistrict() + ". Answer by " + DeadlineWords.of(request.getResponseDeadline())
                        + " (UK time) with an offer or a reason for declining.");
    }

    /**
     * Tiered release: once the first tier has had its hours, the providers kept back (beyond the distance) are sent
     * the request too, unless a live offer has come meanwhile. Runs once, from the request's timer.
     */
    @RolesAllowed(Roles.ADMIN)
    public int releaseTierTwo(long requestId) {
        PlacementRequest request = find(requestId);
        if (!request.isOpenAt(clock.now()) || request.getTierTwoReleasedAt() != null) {
            return 0;
        }
        boolean offered = em.createNamedQuery(Offer.OF_REQUEST, Offer.class).setParameter("requestId", requestId)
                .getResultStream().anyMatch(o -> !o.isWithdrawn());
        if (offered) {
            audit.record("request.tier-two-not-needed", "PlacementRequest", request.getId(), request.getReference()
                    + ": an offer came within " + request.getTierTwoAfterHours() + " hours, so it was not sent further afield");
            return 0;
        }
        List<RequestRecipient> heldBack = em.createNamedQuery(RequestRecipient.HELD_BACK, RequestRecipient.class)
                .setParameter("requestId", requestId).getResultList();
        heldBack.forEach(recipient -> {
            recipient.release(clock.now());
            tellOfRequest(request, recipient.getOrganisation());
        });
        request.markTierTwoReleased(clock.now());
        audit.record("request.tier-two-released", "PlacementRequest", request.getId(), request.getReference()
                + ": no offer within " + request.getTierTwoAfterHours() + " hours, so sent to " + heldBack.size()
                + " more providers beyond " + request.getMaxDistanceMiles() + " miles");
        return heldBack.size();
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
                placement.getAgreement().getFile().fileName();
            }
        }
        if (request.getChosenOffer() != null) {
            request.getChosenOffer().getHome().getName();
            request.getChosenOffer().getOrganisation().getLegalName();
        }
        return new RequestOverview(request, recipients,
                em.createNamedQuery(RequestExclusion.OF_REQUEST, RequestExclusion.class).setParameter("requestId", requestId).getResultList(),
                visible ? offers : List.of(), offers.size(), visible, declines,
                visible ? compare(request, offers) : List.of(), placement,
                em.createNamedQuery(OffFrameworkPlacement.FOR_REQUEST, OffFrameworkPlacement.class).setParameter("requestId", requestId)
                        .getResultStream().findFirst().orElse(null));
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
        if (!request.closeResponses(clock.now())) {
            return;
        }
        long offers = em.createNamedQuery(Offer.OF_REQUEST, Offer.class).setParameter("requestId", requestId).getResultList().size();
        long declines = em.createNamedQuery(Decline.OF_REQUEST, Decline.class).setParameter("requestId", requestId).getResultList().size();
        audit.record("request.responses-closed", "PlacementRequest", request.getId(), request.getReference()
                + " closed for responses at " + DeadlineWords.of(request.getResponseDeadline()) + ": " + offers + " offers, "
                + declines + " declines, " + unanswered(request).size() + " providers did not answer");
    }

    /**
     * Closes responses on every request whose deadline passed while no timer could fire (the server was down when
     * it fell due), so the record of who answered never depends on the server being up at the deadline.
     */
    @RolesAllowed(Roles.ADMIN)
    public int closeOverdue() {
        List<Long> overdue = em.createQuery("select r.id from PlacementRequest r where r.responseDeadline < :now"
                + " and r.responsesClosedAt is null and r.status <> :draft", Long.class)
                .setParameter("now", clock.now()).setParameter("draft", RequestStatus.DRAFT).getResultList();
        overdue.forEach(this::closeResponses);
        return overdue.size();
    }

    /**
     * No suitable offer: the search is closed as failed, with the reason, as evidence of sufficiency. Providers
     * that offered are told; the commissioner may then record a placement made off the framework.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public RequestOverview closeAsFailed(long requestId, long versionSeen,
            @NotBlank(message = "Say why no offer was suitable.") @Size(max = 2000, message = "Keep the reason to 2,000 characters.") String reason) {
        PlacementRequest request = find(requestId);
        if (request.getVersion() != versionSeen) {
            throw new ConcurrentChangeException("The request " + request.getReference());
        }
        request.fail(reason, callers.current().username(), clock.now());
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentChangeException("The request " + request.getReference());
        }
        audit.record("request.failed", "PlacementRequest", request.getId(), request.getReference()
                + " closed without a placement: " + request.getFailureReason());
        em.createNamedQuery(Offer.OF_REQUEST, Offer.class).setParameter("requestId", requestId).getResultStream()
                .filter(o -> !o.isWithdrawn()).map(Offer::getOrganisation).distinct()
                .forEach(organisation -> notices.tell(organisation, "outcome of placement request " + request.getReference(),
                        "Thank you for your offer. The council has closed placement request " + request.getReference()
                                + " without placing the child through the framework."));
        return overview(requestId);
    }

    /**
     * Records a placement made outside the framework after a failed search. The provider must not be one admitted
     * to the lot (those are reached through requests), and the justification is required: both feed reporting.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public OffFrameworkPlacement recordOffFrameworkPlacement(long requestId, @NotNull @Valid OffFrameworkDetails details) {
        PlacementRequest request = find(requestId);
        if (request.getStatus() != RequestStatus.FAILED) {
            throw new BusinessException("Close the search as failed before recording a placement made off the framework.");
        }
        if (em.createNamedQuery(OffFrameworkPlacement.FOR_REQUEST, OffFrameworkPlacement.class).setParameter("requestId", requestId)
                .getResultStream().findAny().isPresent()) {
            throw new BusinessException("A placement off the framework is already recorded for " + request.getReference() + ".");
        }
        boolean admitted = !em.createQuery("select m.id from LotMembership m where m.lot = :lot and m.status <> :removed"
                + " and lower(m.organisation.legalName) = lower(:name)", Long.class).setParameter("lot", request.getLot())
                .setParameter("removed", uk.hearth.onboarding.domain.MembershipStatus.REMOVED)
                .setParameter("name", details.providerName().strip()).getResultList().isEmpty();
        if (admitted) {
            throw new BusinessException(details.providerName().strip() + " is on the framework for " + request.getLot().getName()
                    + "; a placement with them is made through a request, not recorded as off-framework.");
        }
        OffFrameworkPlacement placement = new OffFrameworkPlacement(request, details, callers.current().username(), clock.now());
        em.persist(placement);
        audit.record("request.off-framework-placement", "PlacementRequest", request.getId(), request.getReference()
                + " placed off the framework with " + placement.getProviderName() + " at £" + placement.getWeeklyFee()
                + " a week from " + placement.getStartDate() + ": " + placement.getJustification());
        return placement;
    }

    private List<Organisation> unanswered(PlacementRequest request) {
        return em.createQuery("select r.organisation from RequestRecipient r where r.request = :request and r.releasedAt is not null"
                + " and not exists (select o from Offer o where o.request = :request and o.organisation = r.organisation and o.withdrawnAt is null)"
                + " and not exists (select d from Decline d where d.request = :request and d.organisation = r.organisation)",
                Organisation.class).setParameter("request", request).getResultList();
    }

    private static List<OfferComparison> compare(PlacementRequest request, List<Offer> offers) {
        Optional<java.math.BigDecimal> lowest = offers.stream().map(Offer::getWeeklyFee).min(java.math.BigDecimal::compareTo);
        return offers.stream().map(o -> {
            double price = lowest.map(l -> l.doubleValue() / o.getWeeklyFee().doubleValue() * request.getPriceWeight()).orElse(0.0);
            double quality = qualityPoints(o.getHome().getJudgement()) * request.getQualityWeight() / 100;
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
