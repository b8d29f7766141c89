package uk.hearth.organisations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.audit.application.AuditLine;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.audit.domain.AuditQuery;
import uk.hearth.lots.domain.LotSubCategory;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.organisations.domain.Home;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.SettingType;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.testing.AsAdmin;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.ResetsClock;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.Samples;
import uk.hearth.testing.TestOrganisations;

/** A provider keeps its own homes, and only its own; council staff may look at anyone's. */
@ExtendWith({ArquillianExtension.class, ResetsClock.class})
class ProviderHomesIT {

    private static final long MAINSTREAM_RESIDENTIAL = 101;

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create();
    }

    @Inject
    private ProviderHomes homes;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private RawDatabase database;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsOtherProvider asOtherProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Inject
    private AsAdmin asAdmin;

    private Organisation provider;

    @BeforeEach
    void newProvider() {
        provider = organisations.provider("Brook Fostering", RoleCaller.username(Roles.PROVIDER));
    }

    @Test
    void anAddedHomeIsListedAsTheProviderTypedIt() throws Exception {
        String urn = organisations.unusedOfstedUrn();
        // As people type them: lower case and stray spaces.
        HomeDetails typed = Samples.home(" sc " + urn.substring(2) + " ", "le11 3np", 12, 3, 0, 17,
                Set.of(Samples.MAINSTREAM_FOSTERING, Samples.EMERGENCY_FOSTERING));

        Home added = asProvider.call(() -> homes.addHome(typed));

        List<Home> mine = asProvider.call(homes::myHomes);
        assertEquals(List.of(added.getId()), mine.stream().map(Home::getId).toList());
        Home listed = mine.get(0);
        assertEquals(typed.name(), listed.getName());
        assertEquals(urn, listed.getOfstedUrn());
        assertEquals(Samples.FOSTERING, listed.getLot().getId());
        assertEquals(SettingType.FOSTERING_AGENCY_OFFICE, listed.getSettingType());
        assertEquals("LE11 3NP", listed.getPostcode());
        assertEquals(new PostcodeDistrict("LE11"), listed.getPostcodeDistrict());
        assertEquals(12, listed.getCapacity());
        assertEquals(3, listed.getVacancies());
        assertEquals(0, listed.getMinAge());
        assertEquals(17, listed.getMaxAge());
        assertEquals(Set.of(Gender.FEMALE, Gender.MALE), listed.getGenders());
        assertEquals(Set.of(Samples.MAINSTREAM_FOSTERING, Samples.EMERGENCY_FOSTERING),
                listed.getSpecialisms().stream().map(LotSubCategory::getId).collect(Collectors.toSet()));
        assertEquals(OfstedJudgement.GOOD, listed.getJudgement());
        assertTrue(listed.isOpen());
        assertEquals(added.getId(), asProvider.call(() -> homes.myHome(added.getId())).getId());
    }

    @Test
    void anOfstedUrnIsScAndSixDigits() throws Exception {
        HomeDetails badUrn = Samples.fosteringHome("SC12345");

        // Method validation fails inside the bean, so WildFly reports it as a system exception wrapping the cause.
        EJBException refused = assertThrowsExactly(EJBException.class, () -> asProvider.call(() -> homes.addHome(badUrn)));
        ConstraintViolationException invalid = assertInstanceOf(ConstraintViolationException.class, refused.getCause());
        assertEquals(List.of("An Ofsted URN for a social care setting is SC followed by six digits, such as SC123456."),
                invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList());
        assertTrue(asProvider.call(homes::myHomes).isEmpty());
    }

    @Test
    void anOfstedUrnBelongsToOneHomeInTheWholeService() throws Exception {
        String urn = organisations.unusedOfstedUrn();
        asProvider.call(() -> homes.addHome(Samples.fosteringHome(urn)));
        organisations.provider("Other Fostering", AsOtherProvider.USERNAME);

        HomeDetails sameUrn = Samples.fosteringHome(urn.toLowerCase());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> asOtherProvider.call(() -> homes.addHome(sameUrn)));
        assertEquals(Optional.of("ofstedUrn"), refused.field());
        assertTrue(refused.getMessage().contains(urn), refused.getMessage());
        assertTrue(asOtherProvider.call(homes::myHomes).isEmpty());
    }

    @Test
    void vacanciesCannotExceedCapacity() throws Exception {
        assertEquals("Vacancies (5) cannot exceed the registered capacity (4).",
                refused(Samples.home(organisations.unusedOfstedUrn(), "LE11 3NP", 4, 5, 0, 17, Set.of())).getMessage());
    }

    @Test
    void theYoungestAgeCannotBeAboveTheOldest() throws Exception {
        assertEquals("The youngest age accepted cannot be above the oldest.",
                refused(Samples.home(organisations.unusedOfstedUrn(), "LE11 3NP", 4, 1, 12, 8, Set.of())).getMessage());
    }

    @Test
    void thePostcodeMustBeAFullUkPostcode() throws Exception {
        BusinessException refused = refused(Samples.home(organisations.unusedOfstedUrn(), "LE11", 4, 1, 0, 17, Set.of()));
        assertEquals(Optional.of("postcode"), refused.field());
        assertTrue(refused.getMessage().contains("LE11"), refused.getMessage());
    }

    @Test
    void specialismsComeFromTheHomesOwnLot() throws Exception {
        assertEquals("Specialisms must be kinds of provision of the Fostering (independent fostering agencies) lot.",
                refused(Samples.home(organisations.unusedOfstedUrn(), "LE11 3NP", 4, 1, 0, 17,
                        Set.of(Samples.MAINSTREAM_FOSTERING, MAINSTREAM_RESIDENTIAL))).getMessage());
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndChangesNothing() throws Exception {
        String urn = organisations.unusedOfstedUrn();
        Home added = asProvider.call(() -> homes.addHome(Samples.fosteringHome(urn)));
        long versionSeen = added.getVersion();
        Home updated = asProvider.call(() -> homes.updateHome(added.getId(), versionSeen,
                Samples.home(urn, "LE11 3NP", 12, 1, 0, 17, Set.of())));
        assertEquals(versionSeen + 1, updated.getVersion());
        long auditRows = database.auditEntries();

        // A second browser tab, opened before the first saved.
        HomeDetails stale = Samples.home(urn, "LE11 3NP", 12, 9, 0, 17, Set.of());
        assertThrows(ConcurrentChangeException.class,
                () -> asProvider.call(() -> homes.updateHome(added.getId(), versionSeen, stale)));
        assertThrows(ConcurrentChangeException.class,
                () -> asProvider.call(() -> { homes.closeHome(added.getId(), versionSeen); return null; }));

        Home stored = asProvider.call(() -> homes.myHome(added.getId()));
        assertEquals(1, stored.getVacancies());
        assertEquals(Set.of(), stored.getSpecialisms());
        assertEquals(versionSeen + 1, stored.getVersion());
        assertTrue(stored.isOpen());
        assertEquals(auditRows, database.auditEntries());
    }

    @Test
    void aClosedHomeIsKeptWithNoVacanciesAndNoLongerChanges() throws Exception {
        String urn = organisations.unusedOfstedUrn();
        Home added = asProvider.call(() -> homes.addHome(Samples.fosteringHome(urn)));
        Instant closedAt = Instant.parse("2026-12-01T15:30:00Z");
        clock.fixAt(closedAt);
        asProvider.call(() -> { homes.closeHome(added.getId(), added.getVersion()); return null; });

        Home closed = asProvider.call(() -> homes.myHome(added.getId()));
        assertFalse(closed.isOpen());
        assertEquals(closedAt, closed.getClosedAt());
        assertEquals(0, closed.getVacancies());
        assertEquals(List.of(added.getId()), asProvider.call(homes::myHomes).stream().map(Home::getId).toList());

        BusinessException refused = assertThrows(BusinessException.class, () -> asProvider.call(
                () -> homes.updateHome(added.getId(), closed.getVersion(), Samples.fosteringHome(urn))));
        assertEquals("This home is closed and can no longer be changed.", refused.getMessage());
    }

    @Test
    void anotherProviderCannotSeeChangeOrCloseTheHome() throws Exception {
        String urn = organisations.unusedOfstedUrn();
        Home added = asProvider.call(() -> homes.addHome(Samples.fosteringHome(urn)));
        organisations.provider("Other Fostering", AsOtherProvider.USERNAME);
        Home othersOwn = asOtherProvider.call(() -> homes.addHome(Samples.fosteringHome(organisations.unusedOfstedUrn())));

        long id = added.getId();
        long version = added.getVersion();
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(() -> homes.myHome(id)));
        assertThrows(RecordNotFoundException.class, () -> asOtherProvider.call(
                () -> homes.updateHome(id, version, Samples.home(urn, "LE11 3NP", 12, 0, 0, 17, Set.of()))));
        assertThrows(RecordNotFoundException.class,
                () -> asOtherProvider.call(() -> { homes.closeHome(id, version); return null; }));
        assertEquals(List.of(othersOwn.getId()), asOtherProvider.call(homes::myHomes).stream().map(Home::getId).toList());

        Home untouched = asProvider.call(() -> homes.myHome(id));
        assertEquals(version, untouched.getVersion());
        assertEquals(3, untouched.getVacancies());
        assertTrue(untouched.isOpen());
    }

    @Test
    void councilStaffListAProvidersHomesAndProvidersCannot() throws Exception {
        Home added = asProvider.call(() -> homes.addHome(Samples.fosteringHome(organisations.unusedOfstedUrn())));
        long organisationId = provider.getId();

        assertEquals(List.of(added.getId()),
                asCommissioner.call(() -> homes.homesOf(organisationId)).stream().map(Home::getId).toList());
        assertThrows(EJBAccessException.class, () -> asProvider.call(() -> homes.homesOf(organisationId)));
        assertThrows(EJBAccessException.class, () -> asOtherProvider.call(() -> homes.homesOf(organisationId)));
        assertThrows(EJBAccessException.class, () -> homes.homesOf(organisationId));
    }

    @Test
    void everyChangeIsAudited() throws Exception {
        String urn = organisations.unusedOfstedUrn();
        Home added = asProvider.call(() -> homes.addHome(Samples.fosteringHome(urn)));
        Home updated = asProvider.call(() -> homes.updateHome(added.getId(), added.getVersion(),
                Samples.home(urn, "LE11 3NP", 12, 1, 0, 17, Set.of())));
        asProvider.call(() -> { homes.closeHome(added.getId(), updated.getVersion()); return null; });

        // The query matches ids by "contains", so keep only this home's own entries.
        String id = String.valueOf(added.getId());
        List<AuditLine> entries = asAdmin.call(() -> audit.search(new AuditQuery(null, null, "Home", id), 0, 100))
                .stream().filter(e -> e.getEntityId().equals(id)).toList();
        assertEquals(List.of("home.closed", "home.updated", "home.added"), entries.stream().map(AuditLine::getAction).toList());
        for (AuditLine entry : entries) {
            assertEquals(RoleCaller.username(Roles.PROVIDER), entry.getActor());
            assertEquals(provider.getLegalName(), entry.getOrganisation());
        }
        assertTrue(entries.get(2).getSummary().contains(urn), entries.get(2).getSummary());
        assertTrue(entries.get(1).getSummary().contains("vacancies 3") && entries.get(1).getSummary().contains("vacancies 1"),
                entries.get(1).getSummary());
    }

    /** The refusal of a new home made from {@code details}, after checking that the provider still has no homes. */
    private BusinessException refused(HomeDetails details) throws Exception {
        BusinessException refused = assertThrows(BusinessException.class, () -> asProvider.call(() -> homes.addHome(details)));
        assertTrue(asProvider.call(homes::myHomes).isEmpty());
        return refused;
    }
}
