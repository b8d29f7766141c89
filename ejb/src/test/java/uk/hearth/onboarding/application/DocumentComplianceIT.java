package uk.hearth.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.Admissions;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.Samples;
import uk.hearth.testing.TestOrganisations;

/**
 * A membership stays in force only while the certificates behind it do: the provider is reminded 30 and 7 days
 * before one lapses, suspended when it has, and reinstated as soon as a current one is filed, unless the council
 * suspended it.
 *
 * <p>The review covers every membership in the shared database, so its counts say little about this test's
 * provider; the tests read what happened to it from its membership and the audit trail instead. That also keeps
 * them right if the hourly review happens to run while the clock is fixed.
 */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class DocumentComplianceIT {

    private static final String PUBLIC_LIABILITY = "public-liability-certificate";
    private static final String PUBLIC_LIABILITY_TEXT = "Public liability insurance certificate";
    private static final String DOCUMENT_ROWS = "select count(*) from provider_document where organisation_id = ?1";

    // Admitted on Monday 1 March 2027 with a public liability certificate that lapses 20 days later; the other
    // certificates run a year. All in winter time, so London's date is the UTC one.
    private static final Instant ADMITTED_AT = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate EXPIRES_ON = LocalDate.of(2027, 3, 21);
    private static final Instant SIX_DAYS_BEFORE = Instant.parse("2027-03-15T10:00:00Z");
    private static final Instant LAST_DAY = Instant.parse("2027-03-21T10:00:00Z");
    private static final Instant LAPSED = Instant.parse("2027-03-22T10:00:00Z");
    private static final LocalDate RENEWED_UNTIL = LocalDate.of(2028, 3, 21);

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private DocumentCompliance compliance;

    @Inject
    private MembershipAdministration administration;

    @Inject
    private LotApplications applications;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private Admissions admissions;

    @Inject
    private RawDatabase database;

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
    void aLapsingCertificateIsRemindedThirtyAndThenSevenDaysAheadOnce() throws Exception {
        clock.fixAt(ADMITTED_AT);
        admitted();
        List<ProviderDocument> certificates = asProvider.call(compliance::myCertificates);
        assertEquals(3, certificates.size());
        // Soonest first: the one that lapses in 20 days.
        ProviderDocument lapsing = certificates.get(0);
        assertEquals(PUBLIC_LIABILITY, lapsing.getRequirement());
        assertEquals(EXPIRES_ON, lapsing.getExpiresOn());

        review();
        review();
        List<AuditLine> thirtyDays = reminders(lapsing);
        assertEquals(1, thirtyDays.size());
        assertEquals(provider.getLegalName() + " reminded that ‘public-liability-certificate.pdf’ expires on "
                + EXPIRES_ON + " (30-day reminder)", thirtyDays.get(0).getSummary());
        assertEquals(ADMITTED_AT, thirtyDays.get(0).getOccurredAt());
        // The certificates that run a year are not due for anything.
        for (ProviderDocument current : certificates.subList(1, certificates.size())) {
            assertTrue(reminders(current).isEmpty(), current.getRequirement());
        }

        clock.fixAt(SIX_DAYS_BEFORE);
        review();
        review();
        List<AuditLine> both = reminders(lapsing);
        assertEquals(2, both.size());
        // Newest first.
        assertTrue(both.get(0).getSummary().endsWith(" (7-day reminder)"), both.get(0).getSummary());
        assertEquals(SIX_DAYS_BEFORE, both.get(0).getOccurredAt());
        assertEquals(MembershipStatus.ADMITTED, membership().getStatus());
    }

    @Test
    void aMembershipIsSuspendedTheDayAfterACertificateLapsesAndOnlyOnce() throws Exception {
        clock.fixAt(ADMITTED_AT);
        long id = admitted().getId();

        // A certificate covers its expiry date itself.
        clock.fixAt(LAST_DAY);
        review();
        assertEquals(MembershipStatus.ADMITTED, membership().getStatus());

        clock.fixAt(LAPSED);
        review();
        LotMembership suspended = membership();
        assertEquals(MembershipStatus.SUSPENDED, suspended.getStatus());
        assertEquals(SuspensionCause.DOCUMENT_EXPIRED, suspended.getSuspensionCause());
        assertEquals(PUBLIC_LIABILITY_TEXT + " expired; no new requests until a current one is filed.",
                suspended.getStatusReason());
        assertEquals(LAPSED, suspended.getStatusChangedAt());
        List<AuditLine> suspensions = membershipEntries(id, "membership.suspended");
        assertEquals(1, suspensions.size());
        assertTrue(suspensions.get(0).getSummary().startsWith(provider.getLegalName() + " suspended from "),
                suspensions.get(0).getSummary());
        assertTrue(suspensions.get(0).getSummary().contains(PUBLIC_LIABILITY_TEXT), suspensions.get(0).getSummary());

        review();
        LotMembership again = membership();
        assertEquals(MembershipStatus.SUSPENDED, again.getStatus());
        assertEquals(suspended.getVersion(), again.getVersion());
        assertEquals(1, membershipEntries(id, "membership.suspended").size());
    }

    @Test
    void aCurrentReplacementReinstatesTheMembershipAtOnce() throws Exception {
        clock.fixAt(ADMITTED_AT);
        long id = admitted().getId();
        clock.fixAt(LAPSED);
        review();
        assertEquals(MembershipStatus.SUSPENDED, membership().getStatus());

        ProviderDocument replacement = asProvider.call(() -> compliance.replace(PUBLIC_LIABILITY,
                "public-liability-2028.pdf", Samples.pdf("Public liability insurance to 2028"), RENEWED_UNTIL));
        assertEquals(PUBLIC_LIABILITY, replacement.getRequirement());

        // Reinstated by the filing itself, not at the next review.
        LotMembership reinstated = membership();
        assertEquals(MembershipStatus.ADMITTED, reinstated.getStatus());
        assertNull(reinstated.getSuspensionCause());
        assertEquals("A valid replacement document was filed.", reinstated.getStatusReason());
        assertEquals(1, membershipEntries(id, "membership.reinstated").size());
        ProviderDocument counted = asProvider.call(compliance::myCertificates).stream()
                .filter(d -> d.getRequirement().equals(PUBLIC_LIABILITY)).findFirst().orElseThrow();
        assertEquals(replacement.getId(), counted.getId());
        assertEquals(RENEWED_UNTIL, counted.getExpiresOn());

        review();
        assertEquals(MembershipStatus.ADMITTED, membership().getStatus());
        assertEquals(1, membershipEntries(id, "membership.suspended").size());
    }

    @Test
    void aSuspensionByTheCouncilIsNotLiftedByAReplacement() throws Exception {
        String reason = "Suspended while a safeguarding concern is investigated.";
        clock.fixAt(ADMITTED_AT);
        LotMembership admitted = admitted();
        long id = admitted.getId();
        asCommissioner.call(() -> administration.suspend(id, admitted.getVersion(), reason));

        clock.fixAt(LAPSED);
        review();
        // The lapse does not turn the council's suspension into one that a certificate lifts.
        assertSuspendedByTheCouncil(reason);

        asProvider.call(() -> compliance.replace(PUBLIC_LIABILITY, "public-liability-2028.pdf",
                Samples.pdf("Public liability insurance to 2028"), RENEWED_UNTIL));
        assertSuspendedByTheCouncil(reason);
        review();
        assertSuspendedByTheCouncil(reason);
        assertTrue(membershipEntries(id, "membership.reinstated").isEmpty());
        assertEquals(1, membershipEntries(id, "membership.suspended").size());
    }

    @Test
    void aReplacementThatHasAlreadyExpiredIsRefusedAndChangesNothing() throws Exception {
        clock.fixAt(ADMITTED_AT);
        admitted();
        clock.fixAt(LAPSED);
        review();
        LotMembership suspended = membership();
        long documents = database.count(DOCUMENT_ROWS, provider.getId());

        LocalDate lastMonth = LocalDate.of(2027, 2, 22);
        BusinessException refused = assertThrows(BusinessException.class, () -> asProvider.call(() -> compliance.replace(
                PUBLIC_LIABILITY, "old-public-liability.pdf", Samples.pdf("An old certificate"), lastMonth)));
        assertEquals("‘old-public-liability.pdf’ expired on 2027-02-22: upload a current one.", refused.getMessage());

        LotMembership after = membership();
        assertEquals(MembershipStatus.SUSPENDED, after.getStatus());
        assertEquals(suspended.getVersion(), after.getVersion());
        assertEquals(documents, database.count(DOCUMENT_ROWS, provider.getId()));
        assertEquals(EXPIRES_ON, asProvider.call(compliance::myCertificates).get(0).getExpiresOn());
    }

    @Test
    void onlyADocumentAlreadyFiledCanBeReplaced() throws Exception {
        admitted();
        long documents = database.count(DOCUMENT_ROWS, provider.getId());

        // A registration certificate: a kind that lapses, but the fostering questionnaire never asked for one.
        BusinessException refused = assertThrows(BusinessException.class, () -> asProvider.call(() -> compliance.replace(
                "ofsted-registration-certificate", "registration.pdf", Samples.pdf("Ofsted registration"),
                clock.today().plusYears(1))));
        assertEquals("There is no earlier document for that requirement to replace.", refused.getMessage());
        assertEquals(documents, database.count(DOCUMENT_ROWS, provider.getId()));
    }

    @Test
    void onlyAnAdministratorRunsTheReview() {
        assertThrows(EJBAccessException.class, () -> asProvider.call(compliance::reviewAll));
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(compliance::reviewAll));
        assertThrows(EJBAccessException.class, () -> asContractManager.call(compliance::reviewAll));
    }

    /** Admitted to the fostering lot today, with the public liability certificate lapsing on {@link #EXPIRES_ON}. */
    private LotMembership admitted() throws Exception {
        return admissions.admitted(asProvider, Samples.fosteringHome(organisations.unusedOfstedUrn()),
                Map.of(PUBLIC_LIABILITY, EXPIRES_ON));
    }

    private void review() throws Exception {
        asAdmin.call(compliance::reviewAll);
    }

    private LotMembership membership() throws Exception {
        List<LotMembership> memberships = asProvider.call(applications::myMemberships);
        assertEquals(1, memberships.size());
        return memberships.get(0);
    }

    private void assertSuspendedByTheCouncil(String reason) throws Exception {
        LotMembership membership = membership();
        assertEquals(MembershipStatus.SUSPENDED, membership.getStatus());
        assertEquals(SuspensionCause.COUNCIL_DECISION, membership.getSuspensionCause());
        assertEquals(reason, membership.getStatusReason());
    }

    /** Expiry reminders about one document, newest first. */
    private List<AuditLine> reminders(ProviderDocument document) throws Exception {
        return entries("ProviderDocument", document.getId(), "document.expiry-reminder");
    }

    private List<AuditLine> membershipEntries(long membershipId, String action) throws Exception {
        return entries("LotMembership", membershipId, action);
    }

    private List<AuditLine> entries(String entityType, long id, String action) throws Exception {
        return asAdmin.call(() -> audit.historyOf(entityType, List.of(Long.toString(id)))).stream()
                .filter(e -> e.getAction().equals(action)).toList();
    }
}
