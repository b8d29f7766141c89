package uk.hearth.requests.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.RequestSamples.MONDAY_MORNING;
import static uk.hearth.testing.RequestSamples.WEDNESDAY_FIVE_PM;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.onboarding.application.MembershipAdministration;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestExclusion;
import uk.hearth.requests.domain.RequestRecipient;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.WrongStateException;
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
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.RequestSamples;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.Samples;

/**
 * A commissioner drafts a placement request and publishes it once: it goes to every admitted provider of the lot
 * with a home that fits, by the same tests for all, and the reason every other provider was left out is kept.
 * Offers stay sealed from the council until the deadline of a standard request.
 *
 * <p>The shared database holds providers of other tests and runs, and publication considers them all; the tests
 * look only at the providers they made themselves.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class PlacementRequestsIT {

    private static final String COMMISSIONER = RoleCaller.username(Roles.COMMISSIONER);

    private static final String RECIPIENT_ROWS = "select count(*) from request_recipient where request_id = ?1";
    private static final String EXCLUSION_ROWS = "select count(*) from request_exclusion where request_id = ?1";
    private static final String REQUESTS_WITH_NEEDS = "select count(*) from placement_request where needs = ?1";

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private PlacementRequests requests;

    @Inject
    private RequestDeadlines deadlines;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private MembershipAdministration administration;

    @Inject
    private AuditTrail audit;

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
    void aRequestGoesOnlyToAdmittedProvidersWithAFittingHomeAndTheOthersAreToldWhy() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        // The second provider user sets up two organisations in turn: one suspended, one with a distant home.
        AdmittedProvider halted = admittedProviders.withHomeAt("Halted Fostering", asOtherProvider, RequestSamples.NEAR);
        LotMembership membership = halted.membership();
        asCommissioner.call(() -> administration.suspend(membership.getId(), membership.getVersion(),
                "Suspended while a safeguarding concern is investigated."));
        Organisation suspended = halted.organisation();
        Organisation distant = admittedProviders.withHomeAt("Distant Fostering", asOtherProvider, RequestSamples.FAR)
                .organisation();
        AdmittedProvider brook = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR);
        Organisation provider = brook.organisation();
        Home nearHome = brook.home();

        PlacementRequest draft = asCommissioner.call(() -> requests.draft(RequestSamples.request(Urgency.STANDARD)));
        assertTrue(draft.getReference().matches("REQ-2027-\\d{5,}"), draft.getReference());
        assertEquals(RequestStatus.DRAFT, draft.getStatus());
        assertEquals(COMMISSIONER, draft.getCreated().username());
        assertNull(draft.getResponseDeadline());
        long id = draft.getId();
        // A draft goes to nobody.
        assertFalse(publishedRequests.inboxOf(asProvider).contains(id));

        RequestOverview published = asCommissioner.call(() -> requests.publish(id, draft.getVersion()));
        PlacementRequest request = published.getRequest();
        assertEquals(RequestStatus.PUBLISHED, request.getStatus());
        assertEquals(draft.getReference(), request.getReference());
        assertEquals(MONDAY_MORNING, request.getPublishedAt());
        assertEquals(WEDNESDAY_FIVE_PM, request.getResponseDeadline());

        Set<Long> ours = Set.of(provider.getId(), suspended.getId(), distant.getId());
        List<RequestRecipient> recipients = published.getRecipients().stream()
                .filter(r -> ours.contains(r.getOrganisation().getId())).toList();
        assertEquals(List.of(provider.getId()), recipients.stream().map(r -> r.getOrganisation().getId()).toList());
        // LE11 is about 10 miles from the child's home area, LE1.
        assertEquals(10.1, recipients.get(0).getNearestMiles(), 0.2);
        Map<Long, String> reasons = published.getExclusions().stream()
                .filter(e -> ours.contains(e.getOrganisation().getId()))
                .collect(Collectors.toMap(e -> e.getOrganisation().getId(), RequestExclusion::getReason));
        assertEquals(Map.of(suspended.getId(), "suspended from the lot",
                distant.getId(), "no home within " + RequestSamples.MAX_MILES + " miles"), reasons);
        // Nobody, of this test or any other, is both sent the request and recorded as left out.
        Set<Long> sentTo = published.getRecipients().stream().map(r -> r.getOrganisation().getId())
                .collect(Collectors.toSet());
        assertTrue(published.getExclusions().stream().noneMatch(e -> sentTo.contains(e.getOrganisation().getId())));

        // The recipient finds it in its inbox, with the home that fitted; the distant provider does not.
        assertTrue(publishedRequests.inboxOf(asProvider).contains(id));
        ProviderRequestView view = asProvider.call(() -> providerRequests.request(id));
        assertEquals(List.of(nearHome.getId()), view.getFittingHomes().stream().map(Home::getId).toList());
        assertTrue(view.isOpen());
        assertFalse(publishedRequests.inboxOf(asOtherProvider).contains(id));
    }

    @Test
    void publishingSchedulesTheReminderAndTheClosingAsPersistentTimersThatRemindOnlyTheSilent() throws Exception {
        admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR);
        Home otherHome = admittedProviders.withHomeAt("Answering Fostering", asOtherProvider, RequestSamples.NEAR).home();
        PlacementRequest draft = asCommissioner.call(() -> requests.draft(RequestSamples.request(Urgency.STANDARD)));
        long id = draft.getId();
        int sentTo = asCommissioner.call(() -> requests.publish(id, draft.getVersion())).getRecipients().size();

        // One timer two hours before the deadline and one at it; a failed publication would have left none.
        assertEquals(List.of(new RequestDeadlines.Due(id, RequestDeadlines.Purpose.REMINDER),
                new RequestDeadlines.Due(id, RequestDeadlines.Purpose.CLOSE)),
                asAdmin.call(() -> deadlines.scheduledFor(id)).stream()
                        .sorted(java.util.Comparator.comparing(RequestDeadlines.Due::purpose)).toList());

        asOtherProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(otherHome.getId())));
        int reminded = asAdmin.call(() -> requests.remindBeforeDeadline(id));
        // Earlier runs' providers on the shared database may receive it too; every recipient but the one that offered.
        assertEquals(sentTo - 1, reminded, "only the providers that have not answered are reminded");
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(() -> requests.remindBeforeDeadline(id)));

        // The deadline's timer closes responses; not before the deadline, whoever asks.
        asAdmin.call(() -> {
            requests.closeResponses(id);
            return null;
        });
        assertNull(asCommissioner.call(() -> requests.overview(id)).getRequest().getResponsesClosedAt());
        clock.fixAt(asCommissioner.call(() -> requests.overview(id)).getRequest().getResponseDeadline());
        asAdmin.call(() -> {
            requests.closeResponses(id);
            return null;
        });
        List<AuditLine> closing = asCommissioner.call(() -> audit.historyOf("PlacementRequest", List.of(Long.toString(id))))
                .stream().filter(e -> e.getAction().equals("request.responses-closed")).toList();
        assertEquals(1, closing.size());
        assertTrue(closing.get(0).getSummary().contains("1 offers, 0 declines, " + (sentTo - 1) + " providers did not answer"),
                closing.get(0).getSummary());
    }

    @Test
    void publishingAgainSendsNothingNewAndRaisesNoError() throws Exception {
        Organisation provider = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR)
                .organisation();
        PlacementRequest draft = asCommissioner.call(() -> requests.draft(RequestSamples.request(Urgency.STANDARD)));
        long id = draft.getId();
        RequestOverview first = asCommissioner.call(() -> requests.publish(id, draft.getVersion()));
        long recipients = database.count(RECIPIENT_ROWS, id);
        long exclusions = database.count(EXCLUSION_ROWS, id);
        assertEquals(first.getRecipients().size(), recipients);
        assertTrue(first.getRecipients().stream().anyMatch(r -> r.getOrganisation().getId().equals(provider.getId())));

        // A second click, from the page still showing the draft's version.
        RequestOverview again = asCommissioner.call(() -> requests.publish(id, draft.getVersion()));

        assertEquals(recipients, database.count(RECIPIENT_ROWS, id));
        assertEquals(exclusions, database.count(EXCLUSION_ROWS, id));
        assertEquals(recipients, again.getRecipients().size());
        assertEquals(first.getRequest().getPublishedAt(), again.getRequest().getPublishedAt());
        assertEquals(first.getRequest().getResponseDeadline(), again.getRequest().getResponseDeadline());
        assertEquals(first.getRequest().getVersion(), again.getRequest().getVersion());
        List<AuditLine> publications = asCommissioner.call(() -> audit.historyOf("PlacementRequest", List.of(Long.toString(id))))
                .stream().filter(e -> e.getAction().equals("request.published")).toList();
        assertEquals(1, publications.size());
    }

    @Test
    void aProviderCannotUseTheCommissionersService() throws Exception {
        PlacementRequest draft = asCommissioner.call(() -> requests.draft(RequestSamples.request(Urgency.STANDARD)));
        long id = draft.getId();
        long version = draft.getVersion();

        assertThrows(EJBAccessException.class,
                () -> asProvider.call(() -> requests.draft(RequestSamples.request(Urgency.STANDARD))));
        assertThrows(EJBAccessException.class,
                () -> asProvider.call(() -> requests.update(id, version, RequestSamples.request(Urgency.EMERGENCY))));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> requests.publish(id, version)));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> requests.overview(id)));
        assertThrows(EJBAccessException.class, () -> asProvider.call(requests::all));

        PlacementRequest unchanged = asCommissioner.call(() -> requests.overview(id)).getRequest();
        assertEquals(RequestStatus.DRAFT, unchanged.getStatus());
        assertEquals(Urgency.STANDARD, unchanged.getUrgency());
        assertEquals(version, unchanged.getVersion());
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() throws Exception {
        PlacementRequest draft = asCommissioner.call(() -> requests.draft(RequestSamples.request(Urgency.STANDARD)));
        long id = draft.getId();
        String newNeeds = "Needs a home that takes her dog too. " + Samples.unique();

        PlacementRequest changed = asCommissioner.call(() -> requests.update(id, draft.getVersion(),
                RequestSamples.aRequest().needs(newNeeds).build()));
        assertNotEquals(draft.getVersion(), changed.getVersion());
        // A second commissioner, still looking at the draft as first saved.
        assertThrows(ConcurrentChangeException.class, () -> asCommissioner.call(
                () -> requests.update(id, draft.getVersion(), RequestSamples.request(Urgency.EMERGENCY))));
        assertThrows(ConcurrentChangeException.class, () -> asCommissioner.call(() -> requests.publish(id, draft.getVersion())));

        PlacementRequest stored = asCommissioner.call(() -> requests.overview(id)).getRequest();
        assertEquals(newNeeds, stored.getNeeds());
        assertEquals(Urgency.STANDARD, stored.getUrgency());
        assertEquals(RequestStatus.DRAFT, stored.getStatus());
        assertEquals(changed.getVersion(), stored.getVersion());
    }

    @Test
    void aPublishedRequestCannotBeChanged() throws Exception {
        PlacementRequest published = publishedRequests.of(Urgency.STANDARD);
        long id = published.getId();

        assertThrows(WrongStateException.class, () -> asCommissioner.call(
                () -> requests.update(id, published.getVersion(), RequestSamples.request(Urgency.EMERGENCY))));
        assertEquals(Urgency.STANDARD, asCommissioner.call(() -> requests.overview(id)).getRequest().getUrgency());
    }

    @Test
    void aHomeAreaHearthDoesNotKnowIsRefused() throws Exception {
        String needs = "Unknown district " + Samples.unique();

        BusinessException refused = assertThrows(BusinessException.class, () -> asCommissioner.call(() -> requests.draft(
                RequestSamples.aRequest().homeDistrict(RequestSamples.UNKNOWN_DISTRICT).needs(needs).build())));
        assertEquals(Optional.of("homeDistrict"), refused.field());
        assertTrue(refused.getMessage().contains(RequestSamples.UNKNOWN_DISTRICT), refused.getMessage());
        assertEquals(0, database.count(REQUESTS_WITH_NEEDS, needs));

        // Nor can a draft be moved there.
        PlacementRequest draft = asCommissioner.call(() -> requests.draft(RequestSamples.request(Urgency.STANDARD)));
        BusinessException moved = assertThrows(BusinessException.class, () -> asCommissioner.call(() -> requests.update(
                draft.getId(), draft.getVersion(),
                RequestSamples.aRequest().homeDistrict(RequestSamples.UNKNOWN_DISTRICT).needs(needs).build())));
        assertEquals(Optional.of("homeDistrict"), moved.field());
        assertEquals(RequestSamples.CHILD_HOME_AREA,
                asCommissioner.call(() -> requests.overview(draft.getId())).getRequest().getHomeDistrict().code());
    }

    @Test
    void aRequestWithoutInHouseOptionsCheckedIsRefusedBeforeAnythingIsStored() throws Exception {
        String needs = "In-house not checked " + Samples.unique();

        // Method validation fails inside the bean, so WildFly reports it as a system exception wrapping the cause.
        EJBException unchecked = assertThrowsExactly(EJBException.class, () -> asCommissioner.call(() -> requests.draft(
                RequestSamples.aRequest().needs(needs).inHouseChecked(false).build())));
        ConstraintViolationException invalid = assertInstanceOf(ConstraintViolationException.class, unchecked.getCause());
        assertEquals(List.of("Confirm that in-house foster carers and homes were checked first."),
                invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList());
        assertEquals(0, database.count(REQUESTS_WITH_NEEDS, needs));
    }

    @Test
    void offersOfAStandardRequestStaySealedFromTheCouncilUntilTheDeadlineHasPassed() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        AdmittedProvider brook = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR);
        Home home = brook.home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();
        Offer offer = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId())));

        // The council knows how many offers there are, but not what they say, while providers may still answer.
        RequestOverview sealed = asCommissioner.call(() -> requests.overview(id));
        assertFalse(sealed.isOffersVisible());
        assertTrue(sealed.getOffers().isEmpty());
        assertEquals(1, sealed.getOfferCount());
        clock.fixAt(WEDNESDAY_FIVE_PM);
        RequestOverview atDeadline = asCommissioner.call(() -> requests.overview(id));
        assertFalse(atDeadline.isOffersVisible());
        assertTrue(atDeadline.getOffers().isEmpty());

        clock.fixAt(WEDNESDAY_FIVE_PM.plus(1, ChronoUnit.MICROS));
        RequestOverview opened = asCommissioner.call(() -> requests.overview(id));
        assertTrue(opened.isOffersVisible());
        assertEquals(1, opened.getOfferCount());
        assertEquals(List.of(offer.getId()), opened.getOffers().stream().map(Offer::getId).toList());
        Offer seen = opened.getOffers().get(0);
        assertEquals(brook.organisation().getId(), seen.getOrganisation().getId());
        assertEquals(home.getId(), seen.getHome().getId());
        // £950 core, 10 staffing hours at £25, £50 transport.
        assertEquals(Money.of("1250.00"), seen.getWeeklyFee());
        assertEquals(10.1, seen.getDistanceMiles(), 0.2);
    }

    @Test
    void offersOfAnEmergencyRequestAreVisibleAtOnce() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        Home home = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR).home();
        PlacementRequest request = publishedRequests.of(Urgency.EMERGENCY);
        long id = request.getId();
        assertEquals(MONDAY_MORNING.plus(RequestSamples.EMERGENCY_HOURS, ChronoUnit.HOURS), request.getResponseDeadline());

        Offer offer = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId())));

        RequestOverview overview = asCommissioner.call(() -> requests.overview(id));
        assertTrue(overview.isOffersVisible());
        assertEquals(1, overview.getOfferCount());
        assertEquals(List.of(offer.getId()), overview.getOffers().stream().map(Offer::getId).toList());
    }
}
