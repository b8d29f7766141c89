package uk.hearth.requests.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.RequestSamples.AFTER_THE_DEADLINE;
import static uk.hearth.testing.RequestSamples.MONDAY_MORNING;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.lots.domain.Lot;
import uk.hearth.organisations.application.ProviderHomes;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.requests.domain.OffFrameworkDetails;
import uk.hearth.requests.domain.OffFrameworkPlacement;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestDetails;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AdmittedProvider;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.PublishedRequests;
import uk.hearth.testing.RequestSamples;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.Samples;

/**
 * What can become of a request besides an ordinary choice: a tiered release that reaches further when no offer
 * comes, offers held to the lot's rate band, the council's own comparison weights, a failed search with a
 * placement made off the framework, the vacancy a confirmed placement takes, and the closing of requests whose
 * deadline passed while no timer could fire.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class PlacementOutcomesIT {

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private PlacementRequests requests;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private SufficiencyReport report;

    @Inject
    private LotCatalogue lots;

    @Inject
    private ProviderHomes homes;

    @Inject
    private HearthClock clock;

    @Inject
    private AdmittedProviders admittedProviders;

    @Inject
    private PublishedRequests publishedRequests;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsOtherProvider asOtherProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Inject
    private AsAdmin asAdmin;

    @Test
    void aTieredReleaseSendsTheRequestFurtherAfieldOnlyWhenNoOfferHasCome() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        admittedProviders.withHomeAt("Near Fostering", asProvider, RequestSamples.NEAR);
        admittedProviders.withHomeAt("Far Fostering", asOtherProvider, RequestSamples.FAR);
        PlacementRequest draft = asCommissioner.call(() -> requests.draft(
                RequestSamples.aRequest().tierTwoAfterHours(24).build()));
        long id = draft.getId();
        RequestOverview published = asCommissioner.call(() -> requests.publish(id, draft.getVersion()));

        // The far provider is kept back, unsent: it cannot see or answer the request, and its inbox is empty of it.
        assertTrue(published.getHeldBack().stream().anyMatch(r -> r.getTier() == 2), "the far provider is held back");
        assertTrue(published.getSentTo().stream().allMatch(r -> r.getTier() == 1));
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> providerRequests.request(id)));
        assertTrue(asOtherProvider.call(providerRequests::inbox).stream().noneMatch(r -> r.getRequest().getId() == id));

        clock.fixAt(MONDAY_MORNING.plus(24, ChronoUnit.HOURS));
        int released = asAdmin.call(() -> requests.releaseTierTwo(id));
        assertEquals(published.getHeldBack().size(), released);
        assertEquals(id, asOtherProvider.call(() -> providerRequests.request(id)).getRequest().getId());
        assertTrue(asOtherProvider.call(providerRequests::inbox).stream().anyMatch(r -> r.getRequest().getId() == id));
        RequestOverview after = asCommissioner.call(() -> requests.overview(id));
        assertTrue(after.getHeldBack().isEmpty());
        assertNotNull(after.getRequest().getTierTwoReleasedAt());
        // Once is enough: a second run of the timer sends nothing more.
        assertEquals(0, asAdmin.call(() -> requests.releaseTierTwo(id)));
    }

    @Test
    void aTieredReleaseIsNotNeededOnceAnOfferHasCome() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        Home near = admittedProviders.withHomeAt("Near Fostering", asProvider, RequestSamples.NEAR).home();
        admittedProviders.withHomeAt("Far Fostering", asOtherProvider, RequestSamples.FAR);
        long id = publishedRequests.of(RequestSamples.aRequest().tierTwoAfterHours(24).build()).getId();
        asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(near.getId())));

        clock.fixAt(MONDAY_MORNING.plus(24, ChronoUnit.HOURS));
        assertEquals(0, asAdmin.call(() -> requests.releaseTierTwo(id)));
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> providerRequests.request(id)));
        assertNull(asCommissioner.call(() -> requests.overview(id)).getRequest().getTierTwoReleasedAt());
    }

    @Test
    void anOfferOutsideTheLotsRateBandIsRefusedAndNothingIsStored() throws Exception {
        Home home = admittedProviders.withHomeAt("Banded Fostering", asProvider, RequestSamples.NEAR).home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();
        Lot fostering = lots.findLot(Samples.FOSTERING).orElseThrow();
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(() -> lots.setRateBand(Samples.FOSTERING,
                fostering.getVersion(), new BigDecimal("1000.00"), new BigDecimal("1200.00"))));
        Lot banded = asAdmin.call(() -> lots.setRateBand(Samples.FOSTERING, fostering.getVersion(),
                new BigDecimal("1000.00"), new BigDecimal("1200.00")));
        try {
            // £1,250 a week in all: £50 above the band.
            BusinessException refused = assertThrows(BusinessException.class,
                    () -> asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId()))));
            assertEquals("The weekly fee of £1,250.00 is outside the rate band of " + banded.getName()
                    + ": £1,000.00 to £1,200.00 a week.", refused.getMessage());
            assertTrue(asProvider.call(() -> providerRequests.request(id)).getMyOffers().isEmpty());

            // £1,150 a week in all is inside it.
            Offer inside = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId(), new BigDecimal("850.00"))));
            assertEquals(Money.of("1150.00"), inside.getWeeklyFee());
        } finally {
            Lot current = lots.findLot(Samples.FOSTERING).orElseThrow();
            asAdmin.call(() -> lots.setRateBand(Samples.FOSTERING, current.getVersion(), null, null));
        }
    }

    @Test
    void theCommissionersWeightsSetTheComparison() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        Home home = admittedProviders.withHomeAt("Weighted Fostering", asProvider, RequestSamples.NEAR).home();
        long id = publishedRequests.of(RequestSamples.aRequest().priceWeight(70).build()).getId();
        asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId())));

        clock.fixAt(AFTER_THE_DEADLINE);
        OfferComparison only = asCommissioner.call(() -> requests.overview(id)).getComparison().get(0);
        // The only offer is the cheapest: the whole price share of 70; a home judged good earns 75% of quality's 30.
        assertEquals(new BigDecimal("70.00"), only.getPriceScore());
        assertEquals(new BigDecimal("22.50"), only.getQualityScore());
    }

    @Test
    void aFailedSearchIsClosedWithAReasonAndThePlacementMadeOffTheFrameworkIsRecorded() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Admitted Fostering " + Samples.unique(), asProvider,
                RequestSamples.NEAR);
        Organisation admitted = provider.organisation();
        Home home = provider.home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();
        asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId())));
        OffFrameworkDetails placement = new OffFrameworkDetails("Hillside Care Ltd", "SC123456", "NG7",
                new BigDecimal("1400.00"), LocalDate.of(2027, 6, 14),
                "No framework home could meet her BSL needs within reach of her school.");

        long before = version(id);
        // Providers may still answer, so the search cannot be closed, nor a placement recorded without it.
        assertThrows(WrongStateException.class,
                () -> asCommissioner.call(() -> requests.closeAsFailed(id, before, "Nothing suitable")));
        assertThrows(WrongStateException.class,
                () -> asCommissioner.call(() -> requests.recordOffFrameworkPlacement(id, placement)));

        clock.fixAt(AFTER_THE_DEADLINE);
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> requests.closeAsFailed(id, before, "Mine")));
        RequestOverview failed = asCommissioner.call(() -> requests.closeAsFailed(id, before,
                "The one offer could not meet her communication needs."));
        assertEquals(RequestStatus.FAILED, failed.getRequest().getStatus());
        assertEquals("The one offer could not meet her communication needs.", failed.getRequest().getFailureReason());
        // The provider can no longer answer.
        assertThrows(WrongStateException.class,
                () -> asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId()))));

        // A provider admitted to the lot is reached through requests, not recorded as off-framework.
        BusinessException onTheFramework = assertThrows(BusinessException.class, () -> asCommissioner.call(() ->
                requests.recordOffFrameworkPlacement(id, new OffFrameworkDetails(admitted.getLegalName().toUpperCase(), null,
                        "LE11", new BigDecimal("1400.00"), LocalDate.of(2027, 6, 14), placement.justification()))));
        assertEquals(Optional.of("providerName"), onTheFramework.field());

        OffFrameworkPlacement recorded = asCommissioner.call(() -> requests.recordOffFrameworkPlacement(id, placement));
        assertEquals("Hillside Care Ltd", recorded.getProviderName());
        assertEquals(new PostcodeDistrict("NG7"), recorded.getHomeDistrict());
        assertEquals(RoleCaller.username(Roles.COMMISSIONER), recorded.getRecorded().username());
        assertEquals(recorded.getId(), asCommissioner.call(() -> requests.overview(id)).getOffFrameworkPlacement().getId());
        assertThrows(WrongStateException.class,
                () -> asCommissioner.call(() -> requests.recordOffFrameworkPlacement(id, placement)), "once only");

        // Both feed the sufficiency report, which providers cannot read.
        SufficiencyReport.Figures figures = asCommissioner.call(report::figures);
        assertTrue(figures.getFailedSearches().stream().anyMatch(r -> r.getId() == id));
        assertTrue(figures.getOffFrameworkPlacements().stream().anyMatch(p -> p.getId().equals(recorded.getId())));
        assertTrue(figures.count(RequestStatus.FAILED) >= 1);
        assertThrows(EJBAccessException.class, () -> asProvider.call(report::figures));
    }

    @Test
    void aConfirmedPlacementTakesAVacancyForTheChildAndEachSibling() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        Home home = admittedProviders.withHomeAt("Sibling Fostering", asProvider, RequestSamples.NEAR).home();
        int vacancies = home.getVacancies();
        RequestDetails withSibling = RequestSamples.aRequest().siblings(1).build();
        long id = publishedRequests.of(withSibling).getId();
        Offer offer = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId())));
        clock.fixAt(AFTER_THE_DEADLINE);
        asCommissioner.call(() -> requests.choose(id, version(id), offer.getId()));

        asProvider.call(() -> providerRequests.confirm(id));

        assertEquals(vacancies - 2, asProvider.call(() -> homes.myHome(home.getId())).getVacancies());
    }

    @Test
    void requestsWhoseDeadlinePassedUnwatchedAreClosedOnceBySweep() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        admittedProviders.withHomeAt("Swept Fostering", asProvider, RequestSamples.NEAR);
        long id = publishedRequests.of(Urgency.STANDARD).getId();

        assertNull(closedAt(id));
        clock.fixAt(AFTER_THE_DEADLINE);
        assertTrue(asAdmin.call(requests::closeOverdue) >= 1);
        assertEquals(AFTER_THE_DEADLINE, closedAt(id));

        clock.fixAt(AFTER_THE_DEADLINE.plus(1, ChronoUnit.HOURS));
        asAdmin.call(requests::closeOverdue);
        asAdmin.call(() -> {
            requests.closeResponses(id);
            return null;
        });
        assertEquals(AFTER_THE_DEADLINE, closedAt(id), "closed once, by whichever came first");
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(requests::closeOverdue));
    }

    private long version(long id) throws Exception {
        return asCommissioner.call(() -> requests.overview(id)).getRequest().getVersion();
    }

    private Instant closedAt(long id) throws Exception {
        return asCommissioner.call(() -> requests.overview(id)).getRequest().getResponsesClosedAt();
    }
}
