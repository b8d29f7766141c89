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
import static uk.hearth.testing.RequestSamples.TUESDAY_NOON;
import static uk.hearth.testing.RequestSamples.WEDNESDAY_FIVE_PM;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.temporal.ChronoUnit;
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
import uk.hearth.organisations.application.ProviderHomes;
import uk.hearth.organisations.domain.Home;
import uk.hearth.requests.domain.Decline;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.DeadlinePassedException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AdmittedProvider;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.PublishedRequests;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.RequestSamples;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.TestOrganisations;

/**
 * A provider answers the requests sent to it, with an offer of one of its homes or a reasoned decline, until the
 * deadline by the server's clock. It sees only its own answers, and a request it was not sent does not exist for
 * it, whatever the id.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class ProviderRequestsIT {

    private static final String OFFER_ROWS = "select count(*) from offer where request_id = ?1";
    private static final String DECLINE_ROWS = "select count(*) from request_decline where request_id = ?1";

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private PlacementRequests requests;

    @Inject
    private ProviderHomes homes;

    @Inject
    private HearthClock clock;

    @Inject
    private TestOrganisations organisations;

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
    void aProviderThatWasNotSentTheRequestCannotReachIt() throws Exception {
        admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR);
        // A member of the same lot, left out only because its home is too far away.
        Home distant = admittedProviders.withHomeAt("Other Fostering", asOtherProvider, RequestSamples.FAR).home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();
        String notFound = assertThrows(RecordNotFoundException.class,
                () -> asOtherProvider.call(() -> providerRequests.request(Long.MAX_VALUE))).getMessage();

        // The same answer as for an id that does not exist: nothing says the request is there.
        RecordNotFoundException viewing = assertThrows(RecordNotFoundException.class,
                () -> asOtherProvider.call(() -> providerRequests.request(id)));
        assertEquals(notFound, viewing.getMessage());
        RecordNotFoundException offering = assertThrows(RecordNotFoundException.class,
                () -> asOtherProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(distant.getId()))));
        assertEquals(notFound, offering.getMessage());
        RecordNotFoundException declining = assertThrows(RecordNotFoundException.class,
                () -> decline(asOtherProvider, id, DeclineReason.LOCATION, "Too far from the child's school."));
        assertEquals(notFound, declining.getMessage());

        assertFalse(publishedRequests.inboxOf(asOtherProvider).contains(id));
        assertEquals(0, database.count(OFFER_ROWS, id));
        assertEquals(0, database.count(DECLINE_ROWS, id));
        // The provider it was sent to reaches it.
        assertEquals(id, asProvider.call(() -> providerRequests.request(id)).getRequest().getId());
    }

    @Test
    void eachRecipientSeesOnlyItsOwnOffers() throws Exception {
        AdmittedProvider provider = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR);
        AdmittedProvider other = admittedProviders.withHomeAt("Other Fostering", asOtherProvider, RequestSamples.NEAR);
        Home mine = provider.home();
        Home theirs = other.home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();

        Offer myOffer = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(mine.getId())));
        Offer theirOffer = asOtherProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(theirs.getId())));

        ProviderRequestView myView = asProvider.call(() -> providerRequests.request(id));
        assertEquals(List.of(myOffer.getId()), offerIds(myView.getMyOffers()));
        assertEquals(List.of(mine.getId()), myView.getFittingHomes().stream().map(Home::getId).toList());
        ProviderRequestView theirView = asOtherProvider.call(() -> providerRequests.request(id));
        assertEquals(List.of(theirOffer.getId()), offerIds(theirView.getMyOffers()));
        assertEquals(List.of(theirs.getId()), theirView.getFittingHomes().stream().map(Home::getId).toList());

        // Nor may one provider offer the other's home or withdraw the other's offer.
        BusinessException notMine = assertThrows(BusinessException.class,
                () -> asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(theirs.getId()))));
        assertEquals(Optional.of("homeId"), notMine.field());
        assertThrows(RecordNotFoundException.class, () -> withdraw(asProvider, theirOffer.getId()));
        RequestOverview overview = asCommissioner.call(() -> requests.overview(id));
        assertTrue(overview.getRecipients().stream().map(r -> r.getOrganisation().getId()).toList()
                .containsAll(List.of(provider.organisation().getId(), other.organisation().getId())));
        assertEquals(2, overview.getOfferCount());
        assertEquals(2, database.count(OFFER_ROWS, id));
    }

    @Test
    void offersAreTakenUpToTheDeadlineAndRefusedAfterIt() throws Exception {
        clock.fixAt(MONDAY_MORNING);
        Home home = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR).home();
        Home second = asProvider.call(() -> homes.addHome(
                RequestSamples.home(organisations.unusedOfstedUrn(), RequestSamples.NEAR)));
        PlacementRequest request = publishedRequests.of(Urgency.STANDARD);
        long id = request.getId();
        assertEquals(WEDNESDAY_FIVE_PM, request.getResponseDeadline());

        clock.fixAt(TUESDAY_NOON);
        assertTrue(asProvider.call(() -> providerRequests.request(id)).isOpen());
        Offer inTime = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId())));
        assertEquals(TUESDAY_NOON, inTime.getSubmitted().at());
        // The deadline itself is still in time.
        clock.fixAt(WEDNESDAY_FIVE_PM);
        Offer atDeadline = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(second.getId())));
        withdraw(asProvider, atDeadline.getId());
        assertEquals(2, database.count(OFFER_ROWS, id));

        clock.fixAt(WEDNESDAY_FIVE_PM.plus(1, ChronoUnit.MICROS));
        DeadlinePassedException late = assertThrows(DeadlinePassedException.class,
                () -> asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(second.getId()))));
        assertEquals("The deadline for responses to " + request.getReference() + " passed on Wednesday 9 June 2027"
                + " at 17:00 (UK time), so your response was not accepted.", late.getMessage());
        assertThrows(DeadlinePassedException.class,
                () -> decline(asProvider, id, DeclineReason.NO_VACANCY, null));
        assertThrows(DeadlinePassedException.class, () -> withdraw(asProvider, inTime.getId()));

        // Nothing the late calls tried is stored: the offer in time stays live, the withdrawn one withdrawn.
        assertEquals(2, database.count(OFFER_ROWS, id));
        assertEquals(0, database.count(DECLINE_ROWS, id));
        ProviderRequestView view = asProvider.call(() -> providerRequests.request(id));
        assertFalse(view.isOpen());
        assertNull(view.getMyDecline());
        Map<Long, Boolean> withdrawn = view.getMyOffers().stream()
                .collect(Collectors.toMap(Offer::getId, Offer::isWithdrawn));
        assertEquals(Map.of(inTime.getId(), false, atDeadline.getId(), true), withdrawn);
        assertEquals(1, asCommissioner.call(() -> requests.overview(id)).getOfferCount());
    }

    @Test
    void aHomeHasAtMostOneLiveOfferPerRequest() throws Exception {
        Home home = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR).home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();
        Offer first = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId())));

        BusinessException again = assertThrows(BusinessException.class,
                () -> asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId()))));
        assertEquals(Optional.of("homeId"), again.field());
        assertTrue(again.getMessage().contains(home.getName()), again.getMessage());
        assertEquals(1, database.count(OFFER_ROWS, id));

        // Once withdrawn, the home may be offered again, as a new offer; the withdrawn one stays on record.
        withdraw(asProvider, first.getId());
        assertThrows(WrongStateException.class, () -> withdraw(asProvider, first.getId()), "withdrawn twice");
        Offer second = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId())));
        assertNotEquals(first.getId(), second.getId());

        assertEquals(2, database.count(OFFER_ROWS, id));
        assertEquals(Set.of(first.getId(), second.getId()),
                Set.copyOf(offerIds(asProvider.call(() -> providerRequests.request(id)).getMyOffers())));
        assertEquals(1, asCommissioner.call(() -> requests.overview(id)).getOfferCount());
    }

    @Test
    void aProviderDeclinesOnceWithAReason() throws Exception {
        AdmittedProvider provider = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR);
        Home home = provider.home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();

        // A decline without a reason fails method validation inside the bean: a system exception wrapping the cause.
        EJBException noReason = assertThrowsExactly(EJBException.class, () -> decline(asProvider, id, null, null));
        ConstraintViolationException invalid = assertInstanceOf(ConstraintViolationException.class, noReason.getCause());
        assertEquals(List.of("Choose the reason for declining."),
                invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList());
        assertEquals(0, database.count(DECLINE_ROWS, id));

        decline(asProvider, id, DeclineReason.CANNOT_MEET_NEEDS, "  No carer with trauma training is free until the autumn.  ");

        Decline mine = asProvider.call(() -> providerRequests.request(id)).getMyDecline();
        assertEquals(DeclineReason.CANNOT_MEET_NEEDS, mine.getReason());
        assertEquals("No carer with trauma training is free until the autumn.", mine.getDetail());
        // The council sees who declined and why, as evidence of what the market lacks.
        List<Decline> declines = asCommissioner.call(() -> requests.overview(id)).getDeclines().stream()
                .filter(d -> d.getOrganisation().getId().equals(provider.organisation().getId())).toList();
        assertEquals(1, declines.size());
        assertEquals(DeclineReason.CANNOT_MEET_NEEDS, declines.get(0).getReason());

        // Having declined, the organisation can neither offer nor decline again.
        assertThrows(WrongStateException.class,
                () -> asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId()))));
        assertThrows(WrongStateException.class, () -> decline(asProvider, id, DeclineReason.OTHER, null));
        assertEquals(0, database.count(OFFER_ROWS, id));
        assertEquals(1, database.count(DECLINE_ROWS, id));
    }

    @Test
    void aProviderWithALiveOfferMustWithdrawItBeforeDeclining() throws Exception {
        Home home = admittedProviders.withHomeAt("Brook Fostering", asProvider, RequestSamples.NEAR).home();
        long id = publishedRequests.of(Urgency.STANDARD).getId();
        Offer offer = asProvider.call(() -> providerRequests.offer(id, RequestSamples.offer(home.getId())));

        assertThrows(WrongStateException.class, () -> decline(asProvider, id, DeclineReason.NO_VACANCY, null));
        assertEquals(0, database.count(DECLINE_ROWS, id));
        assertNull(asProvider.call(() -> providerRequests.request(id)).getMyDecline());

        withdraw(asProvider, offer.getId());
        decline(asProvider, id, DeclineReason.NO_VACANCY, "   ");
        Decline declined = asProvider.call(() -> providerRequests.request(id)).getMyDecline();
        assertEquals(DeclineReason.NO_VACANCY, declined.getReason());
        assertNull(declined.getDetail());
    }

    private void decline(RoleCaller caller, long requestId, DeclineReason reason, String detail) throws Exception {
        caller.call(() -> {
            providerRequests.decline(requestId, reason, detail);
            return null;
        });
    }

    private void withdraw(RoleCaller caller, long offerId) throws Exception {
        caller.call(() -> {
            providerRequests.withdraw(offerId);
            return null;
        });
    }

    private static List<Long> offerIds(List<Offer> offers) {
        return offers.stream().map(Offer::getId).toList();
    }
}
