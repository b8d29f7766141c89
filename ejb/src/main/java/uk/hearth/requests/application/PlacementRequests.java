package uk.hearth.requests.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.geography.application.Distances;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotRepository;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.notifications.application.ProviderNotices;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.LotMembershipRepository;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeRepository;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.requests.domain.DeclineRepository;
import uk.hearth.requests.domain.Eligibility;
import uk.hearth.requests.domain.OffFrameworkDetails;
import uk.hearth.requests.domain.OffFrameworkPlacement;
import uk.hearth.requests.domain.OffFrameworkPlacementRepository;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.OfferRepository;
import uk.hearth.requests.domain.PlacementRepository;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.PlacementRequestRepository;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.RequestExclusion;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.Lengths;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.geo.GeoPoint;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;

/**
 * The commissioner's side of placement requests. Publishing decides, once and for all, who receives the
 * request: every admitted, unsuspended provider of the lot with a home that fits, by the same tests for all.
 */
@Stateless
public class PlacementRequests {

    @Inject
    private PlacementRequestRepository requests;

    @Inject
    private OfferRepository offers;

    @Inject
    private DeclineRepository declines;

    @Inject
    private PlacementRepository placements;

    @Inject
    private OffFrameworkPlacementRepository offFramework;

    @Inject
    private LotRepository lots;

    @Inject
    private LotMembershipRepository memberships;

    @Inject
    private HomeRepository homes;

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
        return requests.all();
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public PlacementRequest draft(@NotNull @Valid RequestDetails details) {
        PlacementRequest request = new PlacementRequest(requests.nextReference(Year.from(clock.today())), callers.act());
        describe(request, details);
        requests.add(request);
        audit.record("request.drafted", "PlacementRequest", request.getId(), request.getReference() + " drafted for "
                + request.getLot().getName() + ": age " + request.getAge() + ", " + request.getGender().label().toLowerCase()
                + ", home area " + request.getHomeDistrict());
        return request;
    }

    @RolesAllowed(Roles.COMMISSIONER)
    public PlacementRequest update(long requestId, long versionSeen, @NotNull @Valid RequestDetails details) {
        PlacementRequest request = requests.getForChange(requestId, versionSeen);
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
        if (requests.get(requestId).getStatus() == RequestStatus.PUBLISHED) {
            return overview(requestId);
        }
        PlacementRequest request = requests.getForChange(requestId, versionSeen);
        GeoPoint homeArea = distances.requireCentreOf(request.getHomeDistrict());
        request.publish(clock.now());

        List<LotMembership> places = memberships.ofLot(request.getLot().getId());
        Map<Long, List<Home>> homesByOrganisation = homes.openOf(places.stream().map(m -> m.getOrganisation().getId()).toList())
                .stream().collect(Collectors.groupingBy(h -> h.getOrganisation().getId()));
        Map<Long, Home> homesById = homesByOrganisation.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Home::getId, Function.identity()));

        Eligibility.Criteria criteria = new Eligibility.Criteria(request.getLot().getId(), request.getAge(), request.getGender(),
                homeArea, request.getMaxDistanceMiles(), request.getQualityOverrideReason() != null, 1 + request.getSiblingCount());
        List<Eligibility.Candidate> candidates = places.stream().map(m -> new Eligibility.Candidate(
                m.getOrganisation().getId(), Optional.of(Eligibility.Standing.valueOf(m.getStatus().name())),
                homesByOrganisation.getOrDefault(m.getOrganisation().getId(), List.of()).stream().map(this::facts).toList()))
                .toList();
        Map<Long, Organisation> organisations = places.stream().map(LotMembership::getOrganisation)
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
                requests.addRecipient(recipient(request, organisation, decision, homesById, 1, request.getPublishedAt()));
                tellOfRequest(request, organisation);
                sent++;
            } else if (anyDistance.containsKey(decision.organisationId())) {
                requests.addRecipient(recipient(request, organisation, anyDistance.get(decision.organisationId()), homesById, 2, null));
                heldBack++;
            } else {
                requests.addExclusion(new RequestExclusion(request, organisation, decision.exclusionReason()));
            }
        }
        deadlines.schedule(request);
        audit.record("request.published", "PlacementRequest", request.getId(), request.getReference() + " sent to " + sent
                + " of " + places.size() + " providers on " + request.getLot().getName() + "; responses due by "
                + DeadlineWords.of(request.getResponseDeadline())
                + (request.getTierTwoAfterHours() == null ? "" : "; " + heldBack + " providers beyond " + request.getMaxDistanceMiles()
                        + " miles to be sent it after " + request.getTierTwoAfterHours() + " hours if no offer has come"));
        requests.checkCurrent(request);
        return overview(requestId);
    }

    private static RequestRecipient recipient(PlacementRequest request, Organisation organisation, Eligibility.Decision decision,
            Map<Long, Home> homesById, int tier, Instant releasedAt) {
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
        PlacementRequest request = requests.get(requestId);
        if (!request.isOpenAt(clock.now()) || request.getTierTwoReleasedAt() != null) {
            return 0;
        }
        if (offers.anyLiveOffer(requestId)) {
            audit.record("request.tier-two-not-needed", "PlacementRequest", request.getId(), request.getReference()
                    + ": an offer came within " + request.getTierTwoAfterHours() + " hours, so it was not sent further afield");
            return 0;
        }
        List<RequestRecipient> heldBack = requests.heldBack(requestId);
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
        PlacementRequest request = requests.getForOverview(requestId);
        List<Offer> live = offers.liveOffersOf(requestId);
        boolean visible = request.offersVisibleAt(clock.now());
        return new RequestOverview(request, requests.recipientsOf(requestId), requests.exclusionsOf(requestId),
                visible ? live : List.of(), live.size(), visible, declines.ofRequest(requestId),
                visible ? OfferComparison.of(request, live) : List.of(), placements.findForRequest(requestId).orElse(null),
                offFramework.findForRequest(requestId).orElse(null));
    }

    /**
     * Chooses one offer, once offers can be seen. Two commissioners choosing at once: the first commit wins and
     * the other is told the request changed (optimistic locking on the request).
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public RequestOverview choose(long requestId, long versionSeen, long offerId) {
        PlacementRequest request = requests.getForChange(requestId, versionSeen);
        Offer offer = offers.get(offerId);
        request.choose(offer, callers.act());
        requests.checkCurrent(request);
        audit.record("request.offer-chosen", "PlacementRequest", request.getId(), request.getReference() + ": offer of ‘"
                + offer.getHome().getName() + "’ by " + offer.getOrganisation().getLegalName() + " chosen at "
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
        PlacementRequest request = requests.get(requestId);
        if (!request.isOpenAt(clock.now())) {
            return 0;
        }
        List<Organisation> silent = requests.unanswered(requestId);
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
        PlacementRequest request = requests.get(requestId);
        if (!request.closeResponses(clock.now())) {
            return;
        }
        audit.record("request.responses-closed", "PlacementRequest", request.getId(), request.getReference()
                + " closed for responses at " + DeadlineWords.of(request.getResponseDeadline()) + ": "
                + offers.liveOffersOf(requestId).size() + " offers, " + declines.ofRequest(requestId).size() + " declines, "
                + requests.unanswered(requestId).size() + " providers did not answer");
    }

    /**
     * Closes responses on every request whose deadline passed while no timer could fire (the server was down when
     * it fell due), so the record of who answered never depends on the server being up at the deadline.
     */
    @RolesAllowed(Roles.ADMIN)
    public int closeOverdue() {
        List<Long> overdue = requests.overdueIds(clock.now());
        overdue.forEach(this::closeResponses);
        return overdue.size();
    }

    /**
     * No suitable offer: the search is closed as failed, with the reason, as evidence of sufficiency. Providers
     * that offered are told; the commissioner may then record a placement made off the framework.
     */
    @RolesAllowed(Roles.COMMISSIONER)
    public RequestOverview closeAsFailed(long requestId, long versionSeen,
            @NotBlank(message = "Say why no offer was suitable.")
            @Size(max = Lengths.REASON, message = "Keep the reason to 2,000 characters.") String reason) {
        PlacementRequest request = requests.getForChange(requestId, versionSeen);
        request.fail(reason, callers.act());
        requests.checkCurrent(request);
        audit.record("request.failed", "PlacementRequest", request.getId(), request.getReference()
                + " closed without a placement: " + request.getFailureReason());
        offers.liveOffersOf(requestId).stream().map(Offer::getOrganisation).distinct()
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
        PlacementRequest request = requests.get(requestId);
        if (request.getStatus() != RequestStatus.FAILED) {
            throw new WrongStateException("Close the search as failed before recording a placement made off the framework.");
        }
        if (offFramework.findForRequest(requestId).isPresent()) {
            throw new WrongStateException("A placement off the framework is already recorded for " + request.getReference() + ".");
        }
        String provider = details.providerName().strip();
        if (memberships.hasPlaceNotRemoved(request.getLot().getId(), provider)) {
            throw new BusinessException("providerName", provider + " is on the framework for " + request.getLot().getName()
                    + "; a placement with them is made through a request, not recorded as off-framework.");
        }
        OffFrameworkPlacement placement = new OffFrameworkPlacement(request, details, callers.act());
        offFramework.add(placement);
        audit.record("request.off-framework-placement", "PlacementRequest", request.getId(), request.getReference()
                + " placed off the framework with " + placement.getProviderName() + " at " + placement.getWeeklyFee()
                + " a week from " + placement.getStartDate() + ": " + placement.getJustification());
        return placement;
    }

    private void describe(PlacementRequest request, RequestDetails details) {
        Lot lot = lots.get(details.lotId());
        LotSubCategory subCategory = details.subCategoryId() == null ? null : lot.getSubCategories().stream()
                .filter(s -> s.getId().equals(details.subCategoryId())).findFirst()
                .orElseThrow(() -> new BusinessException("subCategoryId", "Choose a kind of provision of the " + lot.getName() + " lot."));
        distances.knownDistrict(details.homeDistrict(), "homeDistrict");
        request.describe(details, lot, subCategory);
    }

    private Eligibility.HomeFacts facts(Home home) {
        return new Eligibility.HomeFacts(home.getId(), home.getLot().getId(), home.isOpen(), home.getMinAge(), home.getMaxAge(),
                home.getGenders(), home.getVacancies(), home.getJudgement(), distances.centreOf(home.getPostcodeDistrict()));
    }
}
