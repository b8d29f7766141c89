package uk.hearth.lots.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.audit.domain.AuditQuery;
import uk.hearth.lots.domain.Lot;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;

/** The container, not the pages, decides who may call what. */
@ExtendWith(ArquillianExtension.class)
class RoleChecksIT {

    private static final long SHORT_BREAKS = 5;

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private LotCatalogue lots;

    @Inject
    private AuditTrail audit;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Inject
    private AsContractManager asContractManager;

    @Inject
    private AsAdmin asAdmin;

    @Test
    void onlyAnAdministratorMayDescribeALot() throws Exception {
        Lot before = lots.findLot(SHORT_BREAKS).orElseThrow();
        String attempt = "Rewritten by someone who may not " + UUID.randomUUID();

        assertRefused(() -> asProvider.call(() -> lots.describeLot(SHORT_BREAKS, before.getVersion(), attempt)));
        assertRefused(() -> asCommissioner.call(() -> lots.describeLot(SHORT_BREAKS, before.getVersion(), attempt)));
        assertRefused(() -> asContractManager.call(() -> lots.describeLot(SHORT_BREAKS, before.getVersion(), attempt)));
        assertRefused(() -> lots.describeLot(SHORT_BREAKS, before.getVersion(), attempt));

        Lot unchanged = lots.findLot(SHORT_BREAKS).orElseThrow();
        assertEquals(before.getSummary(), unchanged.getSummary());
        assertEquals(before.getVersion(), unchanged.getVersion());

        String description = "Described by an administrator " + UUID.randomUUID();
        Lot described = asAdmin.call(() -> lots.describeLot(SHORT_BREAKS, before.getVersion(), description));
        assertEquals(description, described.getSummary());
        assertEquals(description, lots.findLot(SHORT_BREAKS).orElseThrow().getSummary());
    }

    @Test
    void onlyAnAdministratorMayReadTheAuditLog() throws Exception {
        AuditQuery all = AuditQuery.everything();
        assertRefused(() -> asProvider.call(() -> audit.search(all, 0, 10)));
        assertRefused(() -> asProvider.call(() -> audit.count(all)));
        assertRefused(() -> asProvider.call(audit::verifyChain));
        assertRefused(() -> audit.search(all, 0, 10));
        assertRefused(() -> audit.count(all));
        assertRefused(audit::verifyChain);

        // Make sure there is something to read, whatever earlier tests left behind.
        Lot lot = lots.findLot(SHORT_BREAKS).orElseThrow();
        asAdmin.call(() -> lots.describeLot(SHORT_BREAKS, lot.getVersion(), "Read back by an administrator " + UUID.randomUUID()));

        AuditQuery described = new AuditQuery(null, "lot.described", "Lot", null);
        List<AuditLine> entries = asAdmin.call(() -> audit.search(described, 0, 10));
        assertFalse(entries.isEmpty());
        assertTrue(entries.stream().allMatch(e -> e.getAction().equals("lot.described")));
        assertTrue(asAdmin.call(() -> audit.count(described)) >= 1);
        assertTrue(asAdmin.call(audit::verifyChain).isIntact());
    }

    @Test
    void anyoneMaySeeTheLots() {
        List<Lot> all = lots.allLots();

        assertEquals(List.of("residential", "fostering", "supported-accommodation", "parent-and-child", "short-breaks",
                "support-at-home"), all.stream().map(Lot::getCode).toList());
        // Sub-categories come with the lots, for a page that renders after the transaction has ended.
        assertEquals(List.of("mainstream", "ebd", "complex-health-disability", "contextual-safeguarding",
                "emergency-assessment", "solo-dual", "on-site-education"),
                all.get(0).getSubCategories().stream().map(LotSubCategory::getCode).toList());
        assertEquals(26, all.stream().mapToInt(lot -> lot.getSubCategories().size()).sum());
    }

    private static void assertRefused(Executable call) {
        assertThrows(EJBAccessException.class, call);
    }
}
