package uk.hearth.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.audit.domain.AuditChain.ChainBreak;
import uk.hearth.audit.domain.AuditEntry;
import uk.hearth.audit.domain.AuditQuery;
import uk.hearth.audit.domain.AuditRepository;
import uk.hearth.lots.application.LotCatalogue;
import uk.hearth.shared.security.Roles;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.RoleCaller;

/** Changes are recorded, chained, and a record altered in the database afterwards is found. */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    private static final long SUPPORTED_ACCOMMODATION = 3;

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private LotCatalogue lots;

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditSealer sealer;

    @Inject
    private AuditRepository log;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private RawDatabase database;

    @Test
    void aChangeIsRecordedWithWhoWhatAndBeforeAndAfter() throws Exception {
        String before = lots.findLot(SUPPORTED_ACCOMMODATION).orElseThrow().getSummary();
        String after = "Described for the audit log " + UUID.randomUUID();

        describe(after);

        AuditEntry entry = latestEntries(1).get(0);
        assertEquals(RoleCaller.username(Roles.ADMIN), entry.getActor());
        assertNull(entry.getOrganisation(), "the test administrator belongs to no organisation");
        assertEquals("lot.described", entry.getAction());
        assertEquals("Lot", entry.getEntityType());
        assertEquals(String.valueOf(SUPPORTED_ACCOMMODATION), entry.getEntityId());
        assertTrue(entry.getSummary().contains(before), entry.getSummary());
        assertTrue(entry.getSummary().contains(after), entry.getSummary());
    }

    @Test
    void eachEntryLinksToTheOneBeforeIt() throws Exception {
        describe("First of two changes " + UUID.randomUUID());
        describe("Second of two changes " + UUID.randomUUID());

        List<AuditEntry> newestFirst = latestEntries(2);
        AuditEntry second = newestFirst.get(0);
        AuditEntry first = newestFirst.get(1);
        assertEquals(first.getSequenceNumber() + 1, second.getSequenceNumber());
        assertEquals(first.getHash(), second.getPreviousHash());

        ChainVerification verification = asAdmin.call(audit::verifyChain);
        assertTrue(verification.isIntact(), () -> verification.check().toString());
        assertEquals(second.getSequenceNumber(), verification.check().entriesChecked());
    }

    @Test
    void anEntryAlteredInTheDatabaseBreaksTheChainThere() throws Exception {
        describe("A change someone will try to rewrite " + UUID.randomUUID());
        describe("A later change " + UUID.randomUUID());
        // The earlier of the two, so the break is found in the middle of the chain rather than at its end.
        long altered = latestEntries(2).get(1).getSequenceNumber();

        String original = database.auditSummary(altered);
        try {
            database.overwriteAuditSummary(altered, "Nothing to see here");

            ChainVerification verification = asAdmin.call(audit::verifyChain);
            assertFalse(verification.isIntact());
            ChainBreak found = verification.check().firstBreak().orElseThrow();
            assertEquals(altered, found.sequenceNumber());
            assertEquals("its content was changed after it was written", found.reason());
            assertEquals(altered - 1, verification.check().entriesChecked());
        } finally {
            // Later tests, and the next run on the same database, need an intact chain.
            database.overwriteAuditSummary(altered, original);
        }
        assertTrue(asAdmin.call(audit::verifyChain).isIntact());
    }

    private void describe(String summary) throws Exception {
        long version = lots.findLot(SUPPORTED_ACCOMMODATION).orElseThrow().getVersion();
        asAdmin.call(() -> lots.describeLot(SUPPORTED_ACCOMMODATION, version, summary));
    }

    /**
     * Nothing else writes to the log while a test runs, so the newest entries are the test's own; read whole, with
     * their hashes, as only the chain holds them.
     */
    private List<AuditEntry> latestEntries(int count) {
        sealer.sealPending();
        return log.search(AuditQuery.everything(), 0, count, Set.of());
    }
}
