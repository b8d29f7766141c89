package uk.hearth.onboarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.onboarding.domain.LotMembership;
import uk.hearth.onboarding.domain.MembershipStatus;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.ProviderDocument;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.security.Roles;
import uk.hearth.testing.Admissions;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsContractManager;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.Samples;
import uk.hearth.testing.TestOrganisations;

/**
 * The council finds providers by name, lot, status and distance from a postcode district, and sees everything it
 * holds about one of them. Providers see neither.
 *
 * <p>Each test's providers share a tag in their names, and every search names it, so providers that other tests
 * and runs left in the database never show up.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderDirectoryIT {

    // Leicester city centre, and Nottingham's about 22 miles north.
    private static final String LEICESTER = "LE1 5WW";
    private static final String NOTTINGHAM = "NG1 5AW";

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private ProviderDirectory directory;

    @Inject
    private MembershipAdministration administration;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private Admissions admissions;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsOtherProvider asOtherProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Inject
    private AsContractManager asContractManager;

    private String tag;
    private Organisation leicester;
    private Organisation nottingham;

    @BeforeEach
    void newProviders() {
        tag = Samples.unique();
        leicester = organisations.provider("Directory " + tag + " Leicester", RoleCaller.username(Roles.PROVIDER));
        nottingham = organisations.provider("Directory " + tag + " Nottingham", AsOtherProvider.USERNAME);
    }

    @Test
    void providersAreFoundByNameLotAndStatus() throws Exception {
        admittedWithAHomeAt(asProvider, LEICESTER);
        LotMembership nottinghams = admittedWithAHomeAt(asOtherProvider, NOTTINGHAM);

        // Without a district, in order of name; the name is matched in any case.
        assertEquals(List.of(leicester.getId(), nottingham.getId()), ids(search(tag.toUpperCase(), null, null, null, null)));
        assertEquals(List.of(leicester.getId(), nottingham.getId()), ids(search(tag, Samples.FOSTERING, null, null, null)));
        assertTrue(search(tag, Samples.RESIDENTIAL, null, null, null).isEmpty());

        asCommissioner.call(() -> administration.suspend(nottinghams.getId(), nottinghams.getVersion(),
                "Suspended while a safeguarding concern is investigated."));
        assertEquals(List.of(leicester.getId()), ids(search(tag, null, MembershipStatus.ADMITTED, null, null)));
        List<DirectoryEntry> suspended = search(tag, Samples.FOSTERING, MembershipStatus.SUSPENDED, null, null);
        assertEquals(List.of(nottingham.getId()), ids(suspended));
        assertEquals(MembershipStatus.SUSPENDED, suspended.get(0).memberships().get(0).getStatus());
        assertTrue(search(tag, null, MembershipStatus.REMOVED, null, null).isEmpty());
    }

    @Test
    void providersAreFoundNearAPostcodeDistrictNearestFirst() throws Exception {
        admittedWithAHomeAt(asProvider, LEICESTER);
        admittedWithAHomeAt(asOtherProvider, NOTTINGHAM);

        List<DirectoryEntry> nearby = search(tag, null, null, "le1", 5);
        assertEquals(List.of(leicester.getId()), ids(nearby));
        // The home is in the district itself, so measured from its own centre.
        assertTrue(nearby.get(0).nearestMiles().orElseThrow() < 2, nearby.get(0).nearestMiles().toString());

        List<DirectoryEntry> wider = search(tag, null, null, "LE1", 30);
        assertEquals(List.of(leicester.getId(), nottingham.getId()), ids(wider));
        assertEquals(22, wider.get(1).nearestMiles().orElseThrow(), 1.5);
        // A contract manager searches the same directory.
        assertEquals(ids(wider), ids(asContractManager.call(() -> directory.search(
                new DirectoryQuery(tag, null, null, null, "LE1", 30)))));
    }

    @Test
    void aDistrictHearthDoesNotKnowIsRefused() {
        BusinessException unknown = assertThrows(BusinessException.class, () -> search(tag, null, null, "ZZ9", 10));
        assertEquals(Optional.of("nearDistrict"), unknown.field());
        assertTrue(unknown.getMessage().contains("ZZ9"), unknown.getMessage());
        BusinessException notADistrict = assertThrows(BusinessException.class, () -> search(tag, null, null, "Leicester", 10));
        assertEquals(Optional.of("nearDistrict"), notADistrict.field());
        assertTrue(notADistrict.getMessage().contains("Leicester"), notADistrict.getMessage());
    }

    @Test
    void aProviderSeesNeitherTheDirectoryNorAProfile() {
        long ownId = leicester.getId();

        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> directory.search(DirectoryQuery.everyone())));
        // Not even its own: the profile is the council's view, history included.
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> directory.profile(ownId)));
    }

    @Test
    void aProfileHoldsMembershipsHomesCertificatesAndTheAdmission() throws Exception {
        admittedWithAHomeAt(asProvider, LEICESTER);

        ProviderProfile profile = asCommissioner.call(() -> directory.profile(leicester.getId()));

        assertEquals(leicester.getId(), profile.organisation().getId());
        assertEquals(1, profile.memberships().size());
        assertEquals(Samples.FOSTERING, profile.memberships().get(0).getLot().getId());
        assertEquals(MembershipStatus.ADMITTED, profile.memberships().get(0).getStatus());
        assertEquals(List.of(LEICESTER), profile.homes().stream().map(Home::getPostcode).toList());
        assertEquals(Set.of("employers-liability-certificate", "public-liability-certificate",
                        "professional-indemnity-certificate"),
                Set.copyOf(profile.certificates().stream().map(ProviderDocument::getRequirement).toList()));
        assertEquals(1, profile.applications().size());

        List<String> actions = profile.history().stream().map(AuditLine::getAction).toList();
        assertTrue(actions.contains("application.admitted"), actions.toString());
        assertTrue(actions.contains("application.submitted"), actions.toString());
        // Newest first: the admission is the last thing that happened.
        assertEquals("application.admitted", actions.get(0));
    }

    @Test
    void onlyAProviderHasAProfile() {
        Organisation council = organisations.council(RoleCaller.username(Roles.COMMISSIONER));

        assertThrows(RecordNotFoundException.class, () -> asCommissioner.call(() -> directory.profile(council.getId())));
    }

    private LotMembership admittedWithAHomeAt(RoleCaller provider, String postcode) throws Exception {
        HomeDetails home = Samples.home(organisations.unusedOfstedUrn(), postcode, 6, 2, 0, 17,
                Set.of(Samples.MAINSTREAM_FOSTERING));
        return admissions.admitted(provider, home, Map.of());
    }

    private List<DirectoryEntry> search(String name, Long lotId, MembershipStatus status, String nearDistrict,
            Integer withinMiles) throws Exception {
        return asCommissioner.call(() -> directory.search(
                new DirectoryQuery(name, lotId, status, null, nearDistrict, withinMiles)));
    }

    private static List<Long> ids(List<DirectoryEntry> entries) {
        return entries.stream().map(e -> e.organisation().getId()).toList();
    }
}
