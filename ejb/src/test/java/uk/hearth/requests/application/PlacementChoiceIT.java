package uk.hearth.requests.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.PdfText.assertContains;
import static uk.hearth.testing.RequestSamples.AFTER_THE_DEADLINE;
import static uk.hearth.testing.RequestSamples.MONDAY_MORNING;
import static uk.hearth.testing.RequestSamples.TUESDAY_NOON;
import static uk.hearth.testing.RequestSamples.WEDNESDAY_FIVE_PM;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.documents.domain.DocumentDownload;
import uk.hearth.organisations.application.ProviderDocuments;
import uk.hearth.organisations.domain.Home;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.Placement;
import uk.hearth.requests.domain.PlacementFee;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.DeadlineWords;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AdmittedProvider;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.PdfText;
import uk.hearth.testing.PublishedRequests;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.RequestSamples;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;

/**
 * Once offers can be seen (after the deadline of a standard request, at once in an emergency) a commissioner
 * compares them and chooses one; the chosen provider then has 24 hours to confirm it, which makes the placement
 * and issues the Individual Placement Agreement to both parties and nobody else.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class PlacementChoiceIT {

    private static final String COMMISSIONER = RoleCaller.username(Roles.COMMISSIONER);

    private static final int CONFIRMATION_HOURS = 24;

    /** {@link RequestSamples#offer(long)}: £950 core, 10 staffing hours at £25, £50 transport. */
    private static final Money CHEAPER_FEE = Money.of("1250.00");
    /** A core fee of £2,200 with the same extras: twice the cheaper offer, so half its price score. */
    private static final BigDecimal DEARER_CORE_FEE = new BigDecimal("2200.00");
    private static final Money DEARER_FEE = Money.of("2500.00");
    /** The child of {@link RequestSamples#request(Urgency)} moves in on 1 July 2027, for 52 weeks. */
    private static final LocalDate START = LocalDate.of(2027, 7, 1);
    private static final int WEEKS = 52;

    private static final String PLACEMENT_ROWS = "select count(*) from placement where request_id = ?1";

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private PlacementRequests requests;

    @Inject
    private PlacementExport export;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private ProviderDocuments documents;

    @Inject
    private HearthClock clock;

    @Inject
    private AdmittedProviders admittedProviders;

    @Inject
    private PublishedRequests publishedRequests;

    @Inject
    private RawDatabase database;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsOtherProvider asOtherProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Test
    void offersOfAStandardRequestAreComparedAndChosenOnlyAfterTheDeadline() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR);
        AdmittedProvider other = admittedProviders.withHomeAt("Other Fostering", asOtherProvider, RequestSamples.NEAR);
        Home mine = provider.home();
        Home theirs = other.home();
        PlacementRequest request = publishedRequests.of(Urgency.STANDARD);
        long id = request.getId();
        assertEquals(WEDNESDAY_FIVE_PM, request.getResponseDeadline());
        Offer cheaper = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(mine.getId())));
        Offer dearer = asOtherProvider.call(() -> providerRequests.offer(id,
                RequestSamples.offer(theirs.getId(), DEARER_CORE_FEE)));
        assertEquals(CHEAPER_FEE, cheaper.getWeeklyFee());
        assertEquals(DEARER_FEE, dearer.getWeeklyFee());

        // While the offers are sealed the council cannot choose one, not even at the deadline itself.
        for (Instant early : List.of(TUESDAY_NOON, WEDNESDAY_FIVE_PM)) {
            clock.fixAt(early);
            long version = asCommissioner.call(() -> requests.overview(id)).getRequest().getVersion();
            WrongStateException sealed = assertThrows(WrongStateException.class,
                    () -> asCommissioner.call(() -> requests.choose(id, version, cheaper.getId())));
            assertEquals("Offers for " + request.getReference() + " stay sealed until the deadline, "
                    + DeadlineWords.of(WEDNESDAY_FIVE_PM) + " (UK time).", sealed.getMessage());
            PlacementRequest unchanged = asCommissioner.call(() -> requests.overview(id)).getRequest();
            assertEquals(RequestStatus.PUBLISHED, unchanged.getStatus());
            assertNull(unchanged.getChosenOffer());
            assertEquals(version, unchanged.getVersion());
        }

        clock.fixAt(AFTER_THE_DEADLINE);
        RequestOverview opened = asCommissioner.call(() -> requests.overview(id));
        Map<Long, OfferComparison> compared = opened.getComparison().stream()
                .collect(Collectors.toMap(c -> c.getOffer().getId(), Function.identity()));
        assertEquals(2, compared.size());
        assertEquals(Set.of(cheaper.getId(), dearer.getId()), compared.keySet());
        OfferComparison cheapest = compared.get(cheaper.getId());
        OfferComparison dearest = compared.get(dearer.getId());
        assertEquals(provider.organisation().getId(), cheapest.getOffer().getOrganisation().getId());
        assertEquals(other.organisation().getId(), dearest.getOffer().getOrganisation().getId());
        // The cheapest offer takes the whole price share of 40; one at twice the fee, half of it.
        assertEquals(new BigDecimal("40.00"), cheapest.getPriceScore());
        assertEquals(new BigDecimal("20.00"), dearest.getPriceScore());
        // Both homes are judged good by Ofsted, so the cheaper offer also scores higher overall and comes first.
        assertEquals(cheapest.getQualityScore(), dearest.getQualityScore());
        assertEquals(cheaper.getId(), opened.getComparison().get(0).getOffer().getId());
        // The estimated total is the weekly fee over the 52 weeks the child is expected to stay.
        assertEquals(WEEKS, opened.getRequest().getExpectedDurationWeeks());
        assertEquals(Money.of("65000"), cheapest.getEstimatedTotalCost());
        assertEquals(Money.of("130000"), dearest.getEstimatedTotalCost());
        assertEquals(CHEAPER_FEE.times(WEEKS), cheapest.getEstimatedTotalCost());

        RequestOverview chosen = asCommissioner.call(() -> requests.choose(id, opened.getRequest().getVersion(),
                cheaper.getId()));
        PlacementRequest afterChoice = chosen.getRequest();
        assertEquals(RequestStatus.CHOSEN, afterChoice.getStatus());
        assertEquals(cheaper.getId(), afterChoice.getChosenOffer().getId());
        assertEquals(AFTER_THE_DEADLINE, afterChoice.getChosen().at());
        assertEquals(COMMISSIONER, afterChoice.getChosen().username());
        assertEquals(AFTER_THE_DEADLINE.plus(CONFIRMATION_HOURS, ChronoUnit.HOURS), afterChoice.getConfirmBy());
        assertNull(chosen.getPlacement());

        // Only the chosen provider is asked to confirm.
        assertTrue(asProvider.call(() -> providerRequests.request(id)).isAwaitingMyConfirmation());
        assertFalse(asOtherProvider.call(() -> providerRequests.request(id)).isAwaitingMyConfirmation());
    }

    @Test
    void whenTwoCommissionersChooseFromTheSameViewTheFirstChoiceStands() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        Home mine = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR).home();
        Home theirs = admittedProviders.withHomeAt("Other Fostering", asOtherProvider, RequestSamples.NEAR).home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();
        Offer first = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(mine.getId())));
        Offer second = asOtherProvider.call(() -> providerRequests.offer(id,
                RequestSamples.offer(theirs.getId(), DEARER_CORE_FEE)));

        clock.fixAt(AFTER_THE_DEADLINE);
        // Both commissioners open the request and see the same version.
        long versionSeen = asCommissioner.call(() -> requests.overview(id)).getRequest().getVersion();
        PlacementRequest chosen = asCommissioner.call(() -> requests.choose(id, versionSeen, first.getId())).getRequest();
        ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
                () -> asCommissioner.call(() -> requests.choose(id, versionSeen, second.getId())));
        assertTrue(refused.getMessage().contains(chosen.getReference()), refused.getMessage());
        // Nor does the second commissioner get round it by reloading: an offer has been chosen.
        assertThrows(WrongStateException.class,
                () -> asCommissioner.call(() -> requests.choose(id, chosen.getVersion(), second.getId())));

        PlacementRequest stored = asCommissioner.call(() -> requests.overview(id)).getRequest();
        assertEquals(RequestStatus.CHOSEN, stored.getStatus());
        assertEquals(first.getId(), stored.getChosenOffer().getId());
        assertEquals(chosen.getVersion(), stored.getVersion());
        assertTrue(asProvider.call(() -> providerRequests.request(id)).isAwaitingMyConfirmation());
        assertFalse(asOtherProvider.call(() -> providerRequests.request(id)).isAwaitingMyConfirmation());
    }

    @Test
    void onlyTheChosenProviderConfirmsAndTheAgreementGoesToBothPartiesAlone() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        AdmittedProvider provider = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR);
        Home mine = provider.home();
        Home theirs = admittedProviders.withHomeAt("Other Fostering", asOtherProvider, RequestSamples.NEAR).home();
        PlacementRequest request = publishedRequests.of(Urgency.STANDARD);
        long id = request.getId();
        Offer offer = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(mine.getId())));
        asOtherProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(theirs.getId(), DEARER_CORE_FEE)));
        clock.fixAt(AFTER_THE_DEADLINE);
        PlacementRequest chosen = chosen(id, offer.getId());

        // The provider whose offer was not chosen has nothing to confirm.
        assertThrows(WrongStateException.class, () -> asOtherProvider.call(() -> providerRequests.confirm(id)));
        assertEquals(0, database.count(PLACEMENT_ROWS, id));
        assertEquals(RequestStatus.CHOSEN, asCommissioner.call(() -> requests.overview(id)).getRequest().getStatus());

        // The last moment of the 24 hours is still in time.
        clock.fixAt(chosen.getConfirmBy());
        Placement placement = asProvider.call(() -> providerRequests.confirm(id));
        assertEquals("IPA-" + request.getReference().substring("REQ-".length()), placement.getReference());
        assertEquals(START, placement.getStartDate());
        assertEquals(WEEKS, placement.getInitialPeriodWeeks());
        assertEquals(START.plusWeeks(WEEKS), placement.getReviewDate());
        assertEquals(LocalDate.of(2028, 6, 29), placement.getReviewDate());
        List<PlacementFee> fees = placement.getFees();
        assertEquals(1, fees.size());
        assertEquals(offer.getWeeklyFee(), fees.get(0).getWeeklyFee());
        assertEquals(CHEAPER_FEE, fees.get(0).getWeeklyFee());
        assertEquals(START, fees.get(0).getEffectiveFrom());
        assertEquals(1, database.count(PLACEMENT_ROWS, id));

        RequestOverview placed = asCommissioner.call(() -> requests.overview(id));
        assertEquals(RequestStatus.PLACED, placed.getRequest().getStatus());
        assertEquals(placement.getId(), placed.getPlacement().getId());
        assertEquals(provider.organisation().getId(), placed.getPlacement().getOrganisation().getId());
        assertEquals(mine.getId(), placed.getPlacement().getHome().getId());
        ProviderRequestView myView = asProvider.call(() -> providerRequests.request(id));
        assertFalse(myView.isAwaitingMyConfirmation());
        assertEquals(placement.getId(), myView.getMyPlacement().getId());
        ProviderRequestView theirView = asOtherProvider.call(() -> providerRequests.request(id));
        assertFalse(theirView.isAwaitingMyConfirmation());
        assertNull(theirView.getMyPlacement());
        // Confirming twice places nothing twice.
        assertThrows(WrongStateException.class, () -> asProvider.call(() -> providerRequests.confirm(id)));
        assertEquals(1, database.count(PLACEMENT_ROWS, id));

        // The placement appears once in the Placements Data Standard export, for council staff only.
        List<ActualPlacementRow> rows = asCommissioner.call(() -> export.actualPlacements()).stream()
                .filter(r -> r.providerURN().equals(mine.getOfstedUrn())).toList();
        assertEquals(List.of(new ActualPlacementRow(1250, mine.getPostcodeDistrict().code(), true,
                false, mine.getOfstedUrn(), 0, "Foster")), rows);
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> export.actualPlacements()));

        // The agreement is filed for the chosen provider and the council can read it too.
        long agreementId = placement.getAgreement().getId();
        DocumentDownload providersCopy = asProvider.call(() -> documents.download(agreementId));
        DocumentDownload councilsCopy = asCommissioner.call(() -> documents.download(agreementId));
        assertEquals("placement-agreement-" + placement.getReference() + ".pdf", providersCopy.fileName());
        assertEquals("application/pdf", providersCopy.mediaType());
        for (DocumentDownload copy : List.of(providersCopy, councilsCopy)) {
            try (PDDocument pdf = Loader.loadPDF(copy.content())) {
                String text = PdfText.of(pdf);
                assertContains(text, "Agreement reference: " + placement.getReference());
                assertContains(text, request.getReference());
                assertContains(text, "Ofsted URN " + mine.getOfstedUrn());
                assertContains(text, "Total weekly fee £1,250.00");
            }
        }
        // The provider whose offer was not chosen cannot tell the agreement exists.
        String notFound = assertThrows(RecordNotFoundException.class,
                () -> asOtherProvider.call(() -> documents.download(Long.MAX_VALUE))).getMessage();
        RecordNotFoundException hidden = assertThrows(RecordNotFoundException.class,
                () -> asOtherProvider.call(() -> documents.download(agreementId)));
        assertEquals(notFound, hidden.getMessage());
    }

    @Test
    void aConfirmationAfterTheTwentyFourHoursIsRefusedAndPlacesNobody() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        Home mine = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR).home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();
        Offer offer = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(mine.getId())));
        clock.fixAt(AFTER_THE_DEADLINE);
        PlacementRequest chosen = chosen(id, offer.getId());
        assertEquals(AFTER_THE_DEADLINE.plus(CONFIRMATION_HOURS, ChronoUnit.HOURS), chosen.getConfirmBy());

        clock.fixAt(chosen.getConfirmBy().plus(1, ChronoUnit.MICROS));
        DeadlinePassedException late = assertThrows(DeadlinePassedException.class,
                () -> asProvider.call(() -> providerRequests.confirm(id)));
        assertEquals("The time to confirm ended at " + DeadlineWords.of(chosen.getConfirmBy())
                + " (UK time); ask the council's commissioner whether the offer still stands.", late.getMessage());

        assertEquals(0, database.count(PLACEMENT_ROWS, id));
        RequestOverview overview = asCommissioner.call(() -> requests.overview(id));
        assertEquals(RequestStatus.CHOSEN, overview.getRequest().getStatus());
        assertNull(overview.getPlacement());
        ProviderRequestView view = asProvider.call(() -> providerRequests.request(id));
        assertNull(view.getMyPlacement());

        // Once the time to confirm has run out the council may choose again, here the same offer afresh.
        PlacementRequest again = asCommissioner.call(() -> requests.choose(id, overview.getRequest().getVersion(),
                offer.getId())).getRequest();
        assertEquals(RequestStatus.CHOSEN, again.getStatus());
        assertTrue(again.getConfirmBy().isAfter(chosen.getConfirmBy()));
    }

    @Test
    void anOfferForAnEmergencyIsChosenAtOnce() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        Home mine = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR).home();
        PlacementRequest request = publishedRequests.of(Urgency.EMERGENCY);
        long id = request.getId();
        Instant soon = MONDAY_MORNING.plus(30, ChronoUnit.MINUTES);
        clock.fixAt(soon);
        Offer offer = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(mine.getId())));
        // Well before the response deadline, which is hours away.
        assertTrue(soon.isBefore(request.getResponseDeadline()));

        RequestOverview overview = asCommissioner.call(() -> requests.overview(id));
        assertEquals(List.of(offer.getId()), overview.getComparison().stream().map(c -> c.getOffer().getId()).toList());
        PlacementRequest chosen = asCommissioner.call(() -> requests.choose(id, overview.getRequest().getVersion(),
                offer.getId())).getRequest();

        assertEquals(RequestStatus.CHOSEN, chosen.getStatus());
        assertEquals(offer.getId(), chosen.getChosenOffer().getId());
        assertEquals(soon, chosen.getChosen().at());
        assertEquals(soon.plus(CONFIRMATION_HOURS, ChronoUnit.HOURS), chosen.getConfirmBy());
        assertTrue(asProvider.call(() -> providerRequests.request(id)).isAwaitingMyConfirmation());
    }

    /** The commissioner chooses {@code offerId} now, from the request as it stands. */
    private PlacementRequest chosen(long requestId, long offerId) throws Exception {
        long version = asCommissioner.call(() -> requests.overview(requestId)).getRequest().getVersion();
        PlacementRequest chosen = asCommissioner.call(() -> requests.choose(requestId, version, offerId)).getRequest();
        assertEquals(RequestStatus.CHOSEN, chosen.getStatus());
        return chosen;
    }
}
