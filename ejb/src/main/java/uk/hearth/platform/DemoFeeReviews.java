package uk.hearth.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotRepository;
import uk.hearth.organisations.domain.DocumentCategory;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeRepository;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.requests.domain.LegalStatus;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.OfferDetails;
import uk.hearth.requests.domain.OfferRepository;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementRepository;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.PlacementRequestRepository;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.requests.domain.standard.AdditionalSupport;
import uk.hearth.requests.domain.standard.CommunicationNeeds;
import uk.hearth.requests.domain.standard.CommunicationRequirement;
import uk.hearth.requests.domain.standard.CulturalNeeds;
import uk.hearth.requests.domain.standard.LivingCompanions;
import uk.hearth.requests.domain.standard.NeededBy;
import uk.hearth.requests.domain.standard.NeedsProfile;
import uk.hearth.requests.domain.standard.Pets;
import uk.hearth.requests.domain.standard.Suitability;
import uk.hearth.shared.Act;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.application.FeeReviews;
import uk.hearth.uplifts.domain.AboveStandardDetails;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.FeeReviewWindowRepository;
import uk.hearth.uplifts.domain.UpliftDecision;
import uk.hearth.uplifts.domain.UpliftOutcome;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.uplifts.domain.UpliftRequestRepository;
import uk.hearth.uplifts.domain.WindowDetails;

/**
 * A fee review to look at when demo data is on: children placed with the admitted demo providers over the last
 * years (two on legacy fees unchanged for over a year), and an open fee review over the residential and fostering
 * lots with answers in every state — unanswered, a draft, the standard accepted, more asked for and overdue,
 * approved, part-approved and rejected — decided through {@link FeeReviews} as a commissioner would, letters and all;
 * and last year's review, closed and decided, so its published outcomes show.
 * Runs once, after the demo commissioning, when no fee review exists.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RunAs(Roles.COMMISSIONER)
@PermitAll
public class DemoFeeReviews {

    private static final Logger LOG = Logger.getLogger(DemoFeeReviews.class.getName());
    private static final String PROVIDER_SIDE = "demo-provider";

    @Inject
    private FeeReviews reviews;

    @Inject
    private UpliftRequestRepository uplifts;

    @Inject
    private FeeReviewWindowRepository windows;

    @Inject
    private PlacementRequestRepository requests;

    @Inject
    private OfferRepository offers;

    @Inject
    private PlacementRepository placements;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private HomeRepository homes;

    @Inject
    private LotRepository lots;

    @Inject
    private DemoProviders demoProviders;

    @Inject
    private HearthClock clock;

    @Resource
    private TimerService timers;

    @PostConstruct
    void soon() {
        DemoData.scheduleSoon(timers, Duration.ofSeconds(20), "Hearth demo fee review");
    }

    @Timeout
    void work() {
        if (!reviews.windows().isEmpty()) {
            return;
        }
        Placement beacon = place("Charnwood Children's Homes Ltd", "Beacon House", "residential", LocalDate.of(2024, 5, 6), "4950.00");
        Placement outwoods = place("Charnwood Children's Homes Ltd", "Outwoods Lodge", "residential", LocalDate.of(2025, 9, 1),
                "5400.00");
        Placement wreake = place("Wreake Valley Care Ltd", null, "residential", LocalDate.of(2023, 1, 9), "4700.00");
        Placement foxton = place("Foxton Locks Homes Ltd", null, "residential", LocalDate.of(2025, 2, 3), "5100.00");
        Placement bosworth = place("Bosworth Fostering Ltd", null, "fostering", LocalDate.of(2024, 10, 7), "1020.00");
        Placement heartlands = place("Heartlands Family Placements Ltd", null, "fostering", LocalDate.of(2025, 6, 2), "1080.00");
        Placement legacy = place("Heartlands Family Placements Ltd", null, "fostering", LocalDate.of(2022, 11, 14), "980.00");

        LocalDate today = clock.today();
        LocalDate closes = today.plusMonths(2);
        LocalDate effective = LocalDate.of(closes.getMonthValue() <= Month.APRIL.getValue() && closes.getDayOfMonth() == 1
                ? closes.getYear() : closes.getYear() + (closes.getMonthValue() < Month.APRIL.getValue() ? 0 : 1), 4, 1);
        lastYear(effective.minusYears(1), beacon, outwoods, wreake, foxton, bosworth, heartlands);

        String name = reviewName(effective);
        FeeReviewWindow window = reviews.open(new WindowDetails(name, today.minusMonths(1), closes, effective,
                WindowDetails.DEFAULT_DECISION_DAYS,
                "The latest annual accounts, a payroll summary for the home and the staffing rota for four weeks.",
                "The current fee is below the market median for the kind of placement; the rise is needed to pay staff the"
                        + " National Living Wage; the accounts show a risk to the service without it.",
                List.of(new WindowDetails.StandardUplift(lot("residential").getId(), new BigDecimal("3.50")),
                        new WindowDetails.StandardUplift(lot("fostering").getId(), new BigDecimal("3.00")))));

        Instant weeksAgo = today.minusWeeks(6).atTime(10, 0).atZone(HearthClock.LONDON).toInstant();
        Instant lastWeek = today.minusWeeks(1).atTime(10, 0).atZone(HearthClock.LONDON).toInstant();
        draft(window, beacon, "5350.00", false, weeksAgo);
        askedFor(window, wreake, "5050.00", weeksAgo);
        standard(window, foxton, lastWeek);
        UpliftRequest partly = askedFor(window, bosworth, "1100.00", weeksAgo);
        UpliftRequest approved = standard(window, heartlands, weeksAgo);
        UpliftRequest rejected = askedFor(window, legacy, "1150.00", weeksAgo);

        // Two questions before the decision, each answered: the case keeps both on the record.
        Act bosworthAnswers = new Act("Bosworth Fostering Ltd (demo)", clock.now());
        reviews.askClarification(partly.getId(), partly.getVersion(), "Which carers does the rise in staff pay cover?", false);
        partly.answerClarification("Every foster carer of the household and the two relief carers.", bosworthAnswers);
        reviews.askClarification(partly.getId(), partly.getVersion(), "Do the overheads include the new office lease?", false);
        partly.answerClarification("No: the lease starts next year; the overheads are insurance and training.", bosworthAnswers);
        reviews.decide(partly.getId(), partly.getVersion(), new UpliftDecision(UpliftOutcome.PART_APPROVE,
                new BigDecimal("1065.00"), "The staff pay rise is accepted in full; the rise in overheads is not shown in the"
                        + " accounts sent, so the standard uplift is applied to it."));
        reviews.decide(approved.getId(), approved.getVersion(), new UpliftDecision(UpliftOutcome.APPROVE, null, null));
        reviews.decide(rejected.getId(), rejected.getVersion(), new UpliftDecision(UpliftOutcome.REJECT, null,
                "The fee asked for is above the lot's rate band for fostering and the evidence does not show why this"
                        + " placement needs more than the standard uplift."));
        LOG.info(() -> "Demo fee review " + name + " opened with requests in every state");
    }

    /**
     * Last year's review, closed and decided, as the history Hearth would hold: the standard approved for most, more
     * part-approved for one and refused for another, the fees changed from its effective date. Recorded as it stood
     * (no mail for a review long closed); the legacy fostering placement was never answered.
     */
    private void lastYear(LocalDate effective, Placement beacon, Placement outwoods, Placement wreake, Placement foxton,
            Placement bosworth, Placement heartlands) {
        LocalDate opens = effective.minusMonths(5);
        LocalDate closes = effective.minusMonths(2);
        FeeReviewWindow window = new FeeReviewWindow(new WindowDetails(reviewName(effective), opens, closes, effective,
                WindowDetails.DEFAULT_DECISION_DAYS, "The latest annual accounts and a payroll summary.",
                "The current fee is below the market median; the rise is needed to pay the National Living Wage.",
                List.of(new WindowDetails.StandardUplift(lot("residential").getId(), new BigDecimal("3.00")),
                        new WindowDetails.StandardUplift(lot("fostering").getId(), new BigDecimal("2.50")))),
                List.of(lot("residential"), lot("fostering")), new Act("contract1", noon(opens.minusDays(7))));
        windows.add(window);
        Instant answered = noon(opens.plusDays(14));
        Act decided = new Act("contract1", noon(closes.plusDays(10)));
        for (Placement placement : List.of(beacon, outwoods, bosworth, heartlands)) {
            record(placement, standard(window, placement, answered), new UpliftDecision(UpliftOutcome.APPROVE, null, null), decided);
        }
        record(foxton, askedFor(window, foxton, "5450.00", answered), new UpliftDecision(UpliftOutcome.PART_APPROVE,
                new BigDecimal("5300.00"), "The staffing rise is accepted; the rest is met by the standard uplift."), decided);
        record(wreake, askedFor(window, wreake, "5200.00", answered), new UpliftDecision(UpliftOutcome.REJECT, null,
                "The accounts show no rise in costs beyond the standard uplift."), decided);
    }

    private static void record(Placement placement, UpliftRequest request, UpliftDecision decision, Act decided) {
        request.decide(decision, decided, decided.at().atZone(HearthClock.LONDON).toLocalDate());
        if (request.getApprovedFee() != null) {
            placement.changeFee(request.getApprovedFee(), request.getWindow().getEffectiveFrom(),
                    request.getWindow().getName() + " (" + request.getReference() + ")", decided.at());
        }
    }

    private static String reviewName(LocalDate effective) {
        return "Fee review " + effective.getYear() + "/" + String.valueOf(effective.getYear() + 1).substring(2);
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(HearthClock.LONDON).toInstant();
    }

    /** A child placed with the organisation's home (the named one, or its first) from {@code start}. */
    private Placement place(String organisationName, String homeName, String lotCode, LocalDate start, String weeklyFee) {
        Organisation organisation = organisations.findByLegalNameIgnoringCase(organisationName).orElseThrow();
        Home home = homes.ofOrganisation(organisation.getId()).stream()
                .filter(h -> homeName == null || h.getName().equals(homeName)).findFirst().orElseThrow();
        Lot lot = lot(lotCode);
        Instant placedAt = start.minusDays(3).atTime(9, 0).atZone(HearthClock.LONDON).toInstant();
        Act commissioner = new Act("commissioner1", placedAt);
        PlacementRequest request = new PlacementRequest(requests.nextReference(Year.of(start.getYear())), commissioner);
        request.describe(new RequestDetails(lot.getId(), null, 13, Gender.FEMALE, LegalStatus.CARE_ORDER,
                "Settled in the home since the start of the placement; attends a local secondary school.", 0,
                home.getPostcodeDistrict().toString(), null, 20, start, 104, null, Urgency.EMERGENCY, 4, true, null,
                new NeedsProfile(NeededBy.WITHIN_FIVE_DAYS, "Near her school", CommunicationNeeds.NO,
                        Set.of(CommunicationRequirement.NONE), false, CulturalNeeds.NOT_REQUIRED, LivingCompanions.WITH_OTHER_CHILDREN,
                        Pets.CAN, AdditionalSupport.NOT_APPLICABLE, false, Suitability.SUITABLE, Suitability.SUITABLE,
                        Suitability.SUITABLE, Set.of(), null, null),
                RequestDetails.STANDARD_RESPONSE_DAYS, RequestDetails.DEFAULT_PRICE_WEIGHT, null), lot, null);
        requests.add(request);
        request.publish(placedAt);
        Offer offer = new Offer(request, organisation, home, 0, new Act(PROVIDER_SIDE, placedAt));
        offer.describe(new OfferDetails(home.getId(), new BigDecimal(weeklyFee), null, null, null, null, null, start,
                "The home's standard package of care."));
        offers.add(offer);
        request.choose(offer, commissioner);
        request.confirm(offer, placedAt);
        Placement placement = new Placement("IPA-" + request.getReference().substring("REQ-".length()), request, offer, placedAt);
        placements.add(placement);
        return placement;
    }

    private UpliftRequest standard(FeeReviewWindow window, Placement placement, Instant at) {
        UpliftRequest request = UpliftRequest.acceptingStandard(uplifts.nextReference(Year.from(clock.today())), window,
                placement, placement.weeklyFeeOn(window.getOpensOn()), new Act(PROVIDER_SIDE, at));
        uplifts.add(request);
        return request;
    }

    private UpliftRequest draft(FeeReviewWindow window, Placement placement, String proposed, boolean complete, Instant at) {
        UpliftRequest request = UpliftRequest.askingMore(uplifts.nextReference(Year.from(clock.today())), window, placement,
                placement.weeklyFeeOn(window.getOpensOn()), new Act(PROVIDER_SIDE, at));
        request.saveDraft(new AboveStandardDetails(new BigDecimal(proposed), false, complete
                ? "The fee is below the market median for a two-bed home and staff pay rises with the National Living Wage."
                : null, new BigDecimal("168"), new BigDecimal("12.21"), new BigDecimal("12.71"), new BigDecimal("18.5"),
                new BigDecimal("35.00"), new BigDecimal("20.00"), new BigDecimal("15.00"), null, new BigDecimal("12.00"),
                new BigDecimal("25.00")));
        uplifts.add(request);
        return request;
    }

    /** More asked for with a breakdown, a case and the accounts as evidence, submitted at {@code at}. */
    private UpliftRequest askedFor(FeeReviewWindow window, Placement placement, String proposed, Instant at) {
        UpliftRequest request = draft(window, placement, proposed, true, at);
        request.addEvidence(demoProviders.keepDemoDocument(placement.getOrganisation(), DocumentCategory.FEE_UPLIFT_EVIDENCE,
                request.getReference(), "accounts-2025-26.pdf", at, PROVIDER_SIDE));
        request.submit(new Act(PROVIDER_SIDE, at));
        uplifts.checkCurrent(request);
        return request;
    }

    private Lot lot(String code) {
        return lots.getByCode(code);
    }
}
