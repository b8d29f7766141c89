package uk.hearth.requests.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.testing.AdmittedProviders;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.PublishedRequests;
import uk.hearth.testing.RequestSamples;

/**
 * A published request's timers outlive a restart of the server's services: the request is published, the server
 * is reloaded through its management interface (every service and deployment stopped and started again, the timer
 * service reading its timers back from the store), and the same timers are waiting afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersistentTimersIT {

    /** Carries the request's id over the reload: the JVM, and so its system properties, survive it. */
    private static final String REQUEST_ID = "hearth.it.timers-request";
    private static final Duration RELOAD_TIMEOUT = Duration.ofSeconds(120);

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @ArquillianResource
    private ManagementClient management;

    @Inject
    private RequestDeadlines deadlines;

    @Inject
    private AdmittedProviders admittedProviders;

    @Inject
    private PublishedRequests publishedRequests;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsAdmin asAdmin;

    @Test
    @Order(1)
    void publishingSchedulesTheTimers() throws Exception {
        admittedProviders.withHomeAt("Restart Fostering", asProvider, RequestSamples.NEAR);
        long id = publishedRequests.of(RequestSamples.aRequest().tierTwoAfterHours(24).build()).getId();

        assertEquals(expected(id), timersOf(id));
        System.setProperty(REQUEST_ID, Long.toString(id));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerIsReloaded() throws Exception {
        ModelNode result = management.getControllerClient().execute(Operations.createOperation("reload"));
        assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
        Instant giveUp = Instant.now().plus(RELOAD_TIMEOUT);
        while (!running()) {
            assertTrue(Instant.now().isBefore(giveUp), "the server did not come back within " + RELOAD_TIMEOUT);
            Thread.sleep(500);
        }
    }

    @Test
    @Order(3)
    void theTimersAreStillWaitingAfterTheReload() throws Exception {
        long id = Long.parseLong(System.getProperty(REQUEST_ID));

        assertEquals(expected(id), timersOf(id));
    }

    private boolean running() {
        try {
            ModelNode state = management.getControllerClient()
                    .execute(Operations.createReadAttributeOperation(new ModelNode().setEmptyList(), "server-state"));
            return Operations.isSuccessfulOutcome(state) && "running".equals(Operations.readResult(state).asString());
        } catch (IOException | RuntimeException stillStarting) {
            return false;
        }
    }

    private static List<RequestDeadlines.Due> expected(long id) {
        return List.of(new RequestDeadlines.Due(id, RequestDeadlines.Purpose.TIER_TWO),
                new RequestDeadlines.Due(id, RequestDeadlines.Purpose.REMINDER),
                new RequestDeadlines.Due(id, RequestDeadlines.Purpose.CLOSE));
    }

    private List<RequestDeadlines.Due> timersOf(long id) throws Exception {
        return asAdmin.call(() -> deadlines.scheduledFor(id)).stream()
                .sorted(Comparator.comparing(RequestDeadlines.Due::purpose)).toList();
    }
}
