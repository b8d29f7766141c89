package uk.hearth.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.onboarding.domain.SuspensionCause;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.WrongStateException;
import uk.hearth.shared.security.Roles;
import uk.hearth.testing.Admissions;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.TestOrganisations;

/**
 * The council suspends, reinstates or removes an admitted provider, always saying why, and every change is in the
 * audit trail. Removal is final for the membership.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipAdministrationIT {

    private static final String FOSTERING_NAME = "Fostering (independent fostering agencies)";
    private static final String COMMISSIONER = RoleCaller.username(Roles.COMMISSIONER);
    private static final String CONTRACT_MANAGER = RoleCaller.username(Roles.CONTRACT_MANAGER);
    private static final String CONCERN = "Suspended while a safeguarding concern is investigated.";

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private MembershipAdministration administration;

    @Inject
    private LotApplications applications;

    @Inject
    private AuditTrail audit;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private Admissions admissions;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Inject
    private AsContractManager asContractManager;

    @Inject
    private AsAdmin asAdmin;

    private Organisation provider;

    @BeforeEach
    void newProvider() {
        provider = organisations.provider("Brook Fostering", RoleCaller.username(Roles.PROVIDER));
    }

    @Test
    void aSuspensionIsRecordedWithItsReason() throws Exception {
        LotMembership admitted = admissions.admitted(asProvider);
        long id = admitted.getId();

        LotMembership suspended = asCommissioner.call(() -> administration.suspend(id, admitted.getVersion(), "  " + CONCERN));
        assertEquals(MembershipStatus.SUSPENDED, suspended.getStatus());
        assertEquals(SuspensionCause.COUNCIL_DECISION, suspended.getSuspensionCause());
        assertEquals(CONCERN, suspended.getStatusReason());

        // The provider sees it too: placement requests go only to admitted memberships.
        LotMembership seen = membership();
        assertEquals(MembershipStatus.SUSPENDED, seen.getStatus());
        assertEquals(CONCERN, seen.getStatusReason());

        AuditLine entry = latestEntry(id);
        assertEquals("membership.suspended", entry.getAction());
        assertEquals(COMMISSIONER, entry.getActor());
        assertEquals(provider.getLegalName() + " suspended from " + FOSTERING_NAME + " (was admitted): " + CONCERN,
                entry.getSummary());
    }

    @Test
    void aSuspensionWithoutAReasonIsRefusedBeforeAnythingChanges() throws Exception {
        LotMembership admitted = admissions.admitted(asProvider);
        long id = admitted.getId();
        int entriesBefore = entries(id).size();

        // Method validation fails inside the bean, so WildFly reports it as a system exception wrapping the cause.
        EJBException blank = assertThrowsExactly(EJBException.class,
                () -> asCommissioner.call(() -> administration.suspend(id, admitted.getVersion(), " ")));
        ConstraintViolationException invalid = assertInstanceOf(ConstraintViolationException.class, blank.getCause());
        assertEquals(List.of("Record why the provider is suspended."),
                invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList());

        LotMembership unchanged = membership();
        assertEquals(MembershipStatus.ADMITTED, unchanged.getStatus());
        assertEquals(admitted.getVersion(), unchanged.getVersion());
        assertEquals(entriesBefore, entries(id).size());
    }

    @Test
    void aSuspendedProviderIsReinstatedWithAReason() throws Exception {
        LotMembership admitted = admissions.admitted(asProvider);
        long id = admitted.getId();
        // Not suspended, so there is nothing to reinstate.
        assertThrows(WrongStateException.class,
                () -> asCommissioner.call(() -> administration.reinstate(id, admitted.getVersion(), "Nothing to lift.")));

        LotMembership suspended = asCommissioner.call(() -> administration.suspend(id, admitted.getVersion(), CONCERN));
        String lifted = "The investigation found no concern about the agency.";
        LotMembership reinstated = asCommissioner.call(() -> administration.reinstate(id, suspended.getVersion(), lifted));

        assertEquals(MembershipStatus.ADMITTED, reinstated.getStatus());
        assertNull(reinstated.getSuspensionCause());
        assertEquals(lifted, reinstated.getStatusReason());
        assertEquals(MembershipStatus.ADMITTED, membership().getStatus());
        AuditLine entry = latestEntry(id);
        assertEquals(provider.getLegalName() + " reinstated on " + FOSTERING_NAME + " (was suspended): " + lifted,
                entry.getSummary());
    }

    @Test
    void aContractManagerMaySuspendAndReinstateButNotRemove() throws Exception {
        LotMembership admitted = admissions.admitted(asProvider);
        long id = admitted.getId();

        LotMembership suspended = asContractManager.call(() -> administration.suspend(id, admitted.getVersion(), CONCERN));
        assertEquals(MembershipStatus.SUSPENDED, suspended.getStatus());
        assertEquals(CONTRACT_MANAGER, latestEntry(id).getActor());

        assertThrows(EJBAccessException.class, () -> asContractManager.call(
                () -> administration.remove(id, suspended.getVersion(), "Contract terminated.")));
        assertEquals(MembershipStatus.SUSPENDED, membership().getStatus());

        LotMembership reinstated = asContractManager.call(
                () -> administration.reinstate(id, suspended.getVersion(), "Concern resolved."));
        assertEquals(MembershipStatus.ADMITTED, reinstated.getStatus());
    }

    @Test
    void aProviderCannotChangeItsOwnMembership() throws Exception {
        LotMembership admitted = admissions.admitted(asProvider);
        long id = admitted.getId();
        long version = admitted.getVersion();
        int entriesBefore = entries(id).size();

        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> administration.suspend(id, version, "Going on holiday.")));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> administration.reinstate(id, version, "Back again.")));
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> administration.remove(id, version, "Leaving.")));

        LotMembership unchanged = membership();
        assertEquals(MembershipStatus.ADMITTED, unchanged.getStatus());
        assertEquals(version, unchanged.getVersion());
        assertEquals(entriesBefore, entries(id).size());
    }

    @Test
    void aRemovedProviderCannotBeSuspendedOrReinstated() throws Exception {
        LotMembership admitted = admissions.admitted(asProvider);
        long id = admitted.getId();
        String reason = "Removed after an inadequate Ofsted judgement and a failed improvement plan.";

        LotMembership removed = asCommissioner.call(() -> administration.remove(id, admitted.getVersion(), reason));
        assertEquals(MembershipStatus.REMOVED, removed.getStatus());
        assertEquals(reason, removed.getStatusReason());
        AuditLine entry = latestEntry(id);
        assertEquals("membership.removed", entry.getAction());
        assertTrue(entry.getSummary().endsWith(" removed from " + FOSTERING_NAME + " (was admitted): " + reason),
                entry.getSummary());

        assertThrows(WrongStateException.class,
                () -> asCommissioner.call(() -> administration.suspend(id, removed.getVersion(), CONCERN)));
        assertThrows(WrongStateException.class,
                () -> asCommissioner.call(() -> administration.reinstate(id, removed.getVersion(), "Improved since.")));

        LotMembership stillRemoved = membership();
        assertEquals(MembershipStatus.REMOVED, stillRemoved.getStatus());
        assertEquals(removed.getVersion(), stillRemoved.getVersion());
        assertEquals(reason, stillRemoved.getStatusReason());
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() throws Exception {
        LotMembership admitted = admissions.admitted(asProvider);
        long id = admitted.getId();

        LotMembership suspended = asCommissioner.call(() -> administration.suspend(id, admitted.getVersion(), CONCERN));
        int entriesAfterSuspension = entries(id).size();
        // A contract manager, still looking at the membership as admitted.
        assertThrows(ConcurrentChangeException.class, () -> asContractManager.call(
                () -> administration.reinstate(id, admitted.getVersion(), "No concern.")));

        LotMembership stored = membership();
        assertEquals(MembershipStatus.SUSPENDED, stored.getStatus());
        assertEquals(CONCERN, stored.getStatusReason());
        assertEquals(suspended.getVersion(), stored.getVersion());
        assertEquals(entriesAfterSuspension, entries(id).size());
    }

    private LotMembership membership() throws Exception {
        List<LotMembership> memberships = asProvider.call(applications::myMemberships);
        assertEquals(1, memberships.size());
        return memberships.get(0);
    }

    /** The audit trail of one membership, newest first. */
    private List<AuditLine> entries(long membershipId) throws Exception {
        return asAdmin.call(() -> audit.historyOf("LotMembership", List.of(Long.toString(membershipId))));
    }

    private AuditLine latestEntry(long membershipId) throws Exception {
        return entries(membershipId).get(0);
    }
}
