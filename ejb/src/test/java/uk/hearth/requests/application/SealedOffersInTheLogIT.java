package uk.hearth.requests.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.audit.domain.AuditQuery;
import uk.hearth.organisations.domain.Home;
import uk.hearth.requests.domain.Offer;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.Urgency;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RequestSamples;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;

/**
 * Until a standard request's deadline the council learns how many offers came, never who made them: the audit log
 * withholds who offered which home, and a search by the provider's user lists none of its offers.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class SealedOffersInTheLogIT {

    // Monday 7 June 2027, 09:00 BST: a standard request is due by 17:00 BST on Wednesday 9 June.
    private static final Instant MONDAY_MORNING = Instant.parse("2027-06-07T08:00:00Z");
    private static final Instant AFTER_THE_DEADLINE = Instant.parse("2027-06-09T16:00:00Z").plus(1, ChronoUnit.MINUTES);

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private ProviderRequests providerRequests;

    @Inject
    private PlacementRequests requests;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    @Inject
    private AdmittedProviders admittedProviders;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Inject
    private AsAdmin asAdmin;

    @Test
    void whoOfferedIsWithheldFromTheLogUntilTheDeadline() throws Exception {
        String provider = RoleCaller.username(Roles.PROVIDER);
        clock.fixAt(MONDAY_MORNING);
        Home home = admittedProviders.withHomeAt("Withheld Fostering", asProvider, RequestSamples.NEAR).home();
        PlacementRequest draft = asCommissioner.call(() -> requests.draft(RequestSamples.request(Urgency.STANDARD)));
        PlacementRequest request = asCommissioner.call(() -> requests.publish(draft.getId(), draft.getVersion())).getRequest();
        Offer offer = asProvider.call(() -> providerRequests.offer(request.getId(), RequestSamples.offer(home.getId())));

        AuditLine sealed = entryAbout(request).orElseThrow();
        assertEquals("a provider", sealed.getActor());
        assertNull(sealed.getOrganisation());
        assertNull(sealed.getEntityId());
        assertFalse(sealed.getSummary().contains(home.getName()), sealed.getSummary());
        assertTrue(asAdmin.call(() -> audit.search(new AuditQuery(provider, null, null, null), 0, 500)).stream()
                .noneMatch(e -> e.getAction().startsWith("offer.")));

        clock.fixAt(AFTER_THE_DEADLINE);
        AuditLine open = entryAbout(request).orElseThrow();
        assertEquals(provider, open.getActor());
        assertEquals(Long.toString(offer.getId()), open.getEntityId());
        assertTrue(open.getSummary().contains(home.getName()), open.getSummary());
    }

    private java.util.Optional<AuditLine> entryAbout(PlacementRequest request) throws Exception {
        List<AuditLine> offers = asAdmin.call(() -> audit.search(new AuditQuery(null, "offer.submitted", "Offer", null), 0, 500));
        return offers.stream().filter(e -> e.getSummary().contains(request.getReference())).findFirst();
    }
}
