package uk.hearth.lots.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.lots.domain.Lot;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RawDatabase;

/** Two administrators editing the same lot: the second to save is told, and nothing of theirs is written. */
@ExtendWith(ArquillianExtension.class)
class OptimisticLockingIT {

    private static final long FOSTERING = 2;

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private LotCatalogue lots;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private RawDatabase database;

    @Test
    void aSaveBasedOnAStaleVersionIsRefused() throws Exception {
        long versionSeen = lots.findLot(FOSTERING).orElseThrow().getVersion();
        String first = "First administrator's description " + UUID.randomUUID();

        Lot saved = asAdmin.call(() -> lots.describeLot(FOSTERING, versionSeen, first));
        assertEquals(versionSeen + 1, saved.getVersion());
        long auditRows = database.auditEntries();

        // The second administrator opened the lot before the first saved.
        String second = "Second administrator's description " + UUID.randomUUID();
        assertThrows(ConcurrentChangeException.class,
                () -> asAdmin.call(() -> lots.describeLot(FOSTERING, versionSeen, second)));

        Lot stored = lots.findLot(FOSTERING).orElseThrow();
        assertEquals(first, stored.getSummary());
        assertEquals(versionSeen + 1, stored.getVersion());
        assertEquals(auditRows, database.auditEntries());
    }

    @Test
    void aBlankDescriptionIsRefusedBeforeAnythingChanges() throws Exception {
        Lot before = lots.findLot(FOSTERING).orElseThrow();
        long auditRows = database.auditEntries();

        // Method validation fails inside the bean, so WildFly reports it as a system exception wrapping the cause.
        EJBException refused = assertThrowsExactly(EJBException.class,
                () -> asAdmin.call(() -> lots.describeLot(FOSTERING, before.getVersion(), "   ")));
        ConstraintViolationException invalid = assertInstanceOf(ConstraintViolationException.class, refused.getCause());
        assertEquals(List.of("Enter a description of the lot."),
                invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList());

        Lot after = lots.findLot(FOSTERING).orElseThrow();
        assertEquals(before.getSummary(), after.getSummary());
        assertEquals(before.getVersion(), after.getVersion());
        assertEquals(auditRows, database.auditEntries());
    }
}
