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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.OrganisationType;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.security.Roles;
import uk.hearth.testing.AsCommissioner;
import uk.hearth.testing.AsOtherProvider;
import uk.hearth.testing.AsProvider;
import uk.hearth.testing.HearthDeployment;
import uk.hearth.testing.RawDatabase;
import uk.hearth.testing.RoleCaller;
import uk.hearth.testing.Samples;
import uk.hearth.testing.TestOrganisations;

/**
 * Providers register themselves from the public site and their administrator invites colleagues. No Keycloak runs
 * beside the test server, so these tests cover what is refused before Hearth asks Keycloak for an account, and
 * that nothing is kept when Keycloak cannot be reached.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderRegistrationIT {

    private static final String PROVIDER = RoleCaller.username(Roles.PROVIDER);
    private static final String PASSWORD = "correct horse battery";
    private static final String IF_YOURS = " If it is yours, ask its Hearth administrator to invite you.";
    private static final String UNAVAILABLE = "Hearth cannot create accounts right now";
    private static final String MEMBERS_CALLED = "select count(*) from organisation_member where username = ?1";

    @Deployment
    static WebArchive deployment() {
        return HearthDeployment.create(TestRegistrations.class);
    }

    @Inject
    private ProviderRegistration registration;

    @Inject
    private TestOrganisations organisations;

    @Inject
    private TestRegistrations registered;

    @Inject
    private RawDatabase database;

    @Inject
    private AsProvider asProvider;

    @Inject
    private AsOtherProvider asOtherProvider;

    @Inject
    private AsCommissioner asCommissioner;

    @Test
    void aLegalNameIsRegisteredOnceWhateverItsCase() {
        Organisation existing = registered.provider(newLegalName(), OrganisationType.COMPANY,
                unusedCompaniesHouseNumber(), null);
        String typed = existing.getLegalName().toUpperCase(Locale.UK);

        // Called straight from the test, so as an anonymous visitor to the public site: register is open to all.
        assertRefused("An organisation called ‘" + typed + "’ is already registered in Hearth." + IF_YOURS,
                company(typed, unusedCompaniesHouseNumber()));
    }

    @Test
    void aCompaniesHouseNumberIsRegisteredOnce() {
        String number = unusedCompaniesHouseNumber();
        registered.provider(newLegalName(), OrganisationType.COMPANY, number, null);

        // Typed with a space, as on a company's letterhead; compared without it.
        assertRefused("An organisation with Companies House number " + number + " is already registered in Hearth."
                + IF_YOURS, company(newLegalName(), number.substring(0, 4) + " " + number.substring(4)));
    }

    @Test
    void aCharityNumberIsRegisteredOnce() {
        String number = unusedCharityNumber();
        registered.provider(newLegalName(), OrganisationType.CHARITY, null, number);

        assertRefused("An organisation with charity number " + number + " is already registered in Hearth." + IF_YOURS,
                details(newLegalName(), OrganisationType.CHARITY, null, number, "LE1 6EJ", newEmail(), PASSWORD));
    }

    @Test
    void anEmailAddressWithAnAccountCannotRegisterAnotherOrganisation() {
        String email = newEmail();
        Organisation existing = registered.provider(newLegalName(), OrganisationType.COMPANY,
                unusedCompaniesHouseNumber(), null);
        registered.member(email, existing, true);

        // Typed in capitals; user names are kept in lower case.
        assertRefused(IdentityAccounts.ACCOUNT_EXISTS, details(newLegalName(), OrganisationType.COMPANY,
                unusedCompaniesHouseNumber(), null, "LE1 6EJ", email.toUpperCase(Locale.ROOT), PASSWORD));
    }

    @Test
    void aCompanyGivesItsCompaniesHouseNumber() {
        assertRefused("Enter your company's Companies House number.", company(newLegalName(), null));
        // Spaces alone are no answer.
        assertRefused("Enter your company's Companies House number.", company(newLegalName(), "   "));
    }

    @Test
    void aCharityGivesItsCharityNumber() {
        assertRefused("Enter your charity's registered charity number.",
                details(newLegalName(), OrganisationType.CHARITY, null, null, "LE1 6EJ", newEmail(), PASSWORD));
    }

    @Test
    void aRegistrationNumberHasTheRightShape() {
        assertRefused("‘1234567’ is not a Companies House number: it has 8 characters, either 8 digits or 2 letters "
                + "and 6 digits, such as 01234567 or SC123456. Add leading zeros if yours is shorter.",
                company(newLegalName(), "1234567"));
        assertRefused("‘12345’ is not a registered charity number: it has 6 to 8 digits, such as 1234567, and a "
                + "linked charity adds its own, such as 1234567-1.",
                details(newLegalName(), OrganisationType.CHARITY, null, "12345", "LE1 6EJ", newEmail(), PASSWORD));
    }

    @Test
    void thePostcodeIsAFullUkPostcode() {
        assertInvalid("Enter a full UK postcode, such as LE1 6EJ.", details(newLegalName(), OrganisationType.COMPANY,
                unusedCompaniesHouseNumber(), null, "LE1", newEmail(), PASSWORD));
    }

    @Test
    void thePasswordHasAtLeastTwelveCharacters() {
        assertInvalid("Choose a password of 12 to 64 characters.", details(newLegalName(), OrganisationType.COMPANY,
                unusedCompaniesHouseNumber(), null, "LE1 6EJ", newEmail(), "eleven char"));
    }

    @Test
    void theEmailAddressLooksLikeOne() {
        assertInvalid("Enter an email address such as jo.smith@example.org.", details(newLegalName(),
                OrganisationType.COMPANY, unusedCompaniesHouseNumber(), null, "LE1 6EJ", "jo.smith.example.org", PASSWORD));
    }

    @Test
    void aValidRegistrationKeepsNothingWhenKeycloakCannotBeReached() {
        String legalName = newLegalName();
        String number = unusedCompaniesHouseNumber();
        String email = newEmail();
        RegistrationDetails details = details(legalName, OrganisationType.COMPANY, number, null, "le1 6ej", email,
                PASSWORD);
        Map<String, Long> before = rowCounts();

        // The rows are flushed before Keycloak is asked; its refusal must roll them back.
        BusinessException refused = assertThrows(BusinessException.class, () -> registration.register(details));
        assertTrue(refused.getMessage().startsWith(UNAVAILABLE), refused.getMessage());
        assertEquals(before, rowCounts());
        assertEquals(0, database.count("select count(*) from organisation where legal_name = ?1", legalName));
        assertEquals(0, database.count("select count(*) from organisation where companies_house_number = ?1", number));
        assertEquals(0, database.count(MEMBERS_CALLED, email));

        // Trying again later is not refused as a duplicate of the first attempt.
        BusinessException again = assertThrows(BusinessException.class, () -> registration.register(details));
        assertTrue(again.getMessage().startsWith(UNAVAILABLE), again.getMessage());
        assertEquals(before, rowCounts());
    }

    @Test
    void onlyTheOrganisationsAdministratorInvitesColleagues() throws Exception {
        Organisation provider = organisations.provider("Brook Fostering", PROVIDER);
        registered.member(PROVIDER, provider, false);
        String email = newEmail();
        Map<String, Long> before = rowCounts();

        assertFalse(asProvider.call(registration::mayInviteColleagues));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> asProvider.call(() -> { registration.inviteColleague(invitation(email)); return null; }));
        assertEquals("Only your organisation's Hearth administrator can invite colleagues.", refused.getMessage());
        assertEquals(before, rowCounts());
        assertEquals(0, database.count(MEMBERS_CALLED, email));
    }

    @Test
    void councilStaffAndVisitorsCannotInviteOrListColleagues() {
        String email = newEmail();
        Map<String, Long> before = rowCounts();

        assertThrows(EJBAccessException.class,
                () -> asCommissioner.call(() -> { registration.inviteColleague(invitation(email)); return null; }));
        assertThrows(EJBAccessException.class, () -> registration.inviteColleague(invitation(email)));
        assertThrows(EJBAccessException.class, () -> asCommissioner.call(registration::myColleagues));
        assertThrows(EJBAccessException.class, () -> registration.myColleagues());
        assertEquals(before, rowCounts());
        assertEquals(0, database.count(MEMBERS_CALLED, email));
    }

    @Test
    void anAdministratorsInvitationKeepsNothingWhenKeycloakCannotBeReached() throws Exception {
        Organisation provider = organisations.provider("Brook Fostering", PROVIDER);
        registered.member(PROVIDER, provider, true);
        String taken = newEmail();
        organisations.provider("Other Fostering", taken);
        String email = newEmail();
        Map<String, Long> before = rowCounts();

        assertTrue(asProvider.call(registration::mayInviteColleagues));
        // Someone who already acts for an organisation is refused before Keycloak is asked.
        BusinessException exists = assertThrows(BusinessException.class,
                () -> asProvider.call(() -> { registration.inviteColleague(invitation(taken)); return null; }));
        assertEquals(IdentityAccounts.ACCOUNT_EXISTS, exists.getMessage());
        // The new member row is flushed before Keycloak is asked; its refusal must roll it back.
        BusinessException refused = assertThrows(BusinessException.class,
                () -> asProvider.call(() -> { registration.inviteColleague(invitation(email)); return null; }));
        assertTrue(refused.getMessage().startsWith(UNAVAILABLE), refused.getMessage());
        assertEquals(before, rowCounts());
        assertEquals(0, database.count(MEMBERS_CALLED, email));
        assertEquals(List.of(PROVIDER), usernames(asProvider.call(registration::myColleagues)));
    }

    @Test
    void aProviderListsOnlyTheColleaguesOfItsOwnOrganisation() throws Exception {
        Organisation provider = organisations.provider("Brook Fostering", PROVIDER);
        registered.member(PROVIDER, provider, true);
        // Sorts before "it-provider" by name, so the order shows that administrators come first.
        String colleague = "a." + Samples.unique() + "@example.org";
        registered.member(colleague, provider, false);
        Organisation other = organisations.provider("Other Fostering", AsOtherProvider.USERNAME);
        String othersColleague = newEmail();
        registered.member(othersColleague, other, false);

        assertEquals(List.of(PROVIDER, colleague), usernames(asProvider.call(registration::myColleagues)));
        assertEquals(Set.of(AsOtherProvider.USERNAME, othersColleague),
                Set.copyOf(usernames(asOtherProvider.call(registration::myColleagues))));
    }

    /** Refused by a rule of the service, before Keycloak is asked, with nothing written. */
    private void assertRefused(String message, RegistrationDetails details) {
        Map<String, Long> before = rowCounts();
        BusinessException refused = assertThrows(BusinessException.class, () -> registration.register(details));
        assertEquals(message, refused.getMessage());
        assertEquals(before, rowCounts());
    }

    /** Refused by Bean Validation before the method runs, with nothing written. */
    private void assertInvalid(String message, RegistrationDetails details) {
        Map<String, Long> before = rowCounts();
        // Method validation fails inside the bean, so WildFly reports it as a system exception wrapping the cause.
        EJBException refused = assertThrowsExactly(EJBException.class, () -> registration.register(details));
        ConstraintViolationException invalid = assertInstanceOf(ConstraintViolationException.class, refused.getCause());
        assertEquals(List.of(message),
                invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList());
        assertEquals(before, rowCounts());
    }

    /** Every row a registration or an invitation writes, named by table so a failure says which changed. */
    private Map<String, Long> rowCounts() {
        return Map.of("organisation", database.count("select count(*) from organisation"),
                "organisation_member", database.count("select count(*) from organisation_member"),
                "audit_entry and audit_pending", database.auditEntries());
    }

    /**
     * A Companies House number no organisation has. The database outlives a run, and every organisation from
     * TestOrganisations has 01234567, so count up from the clock until one is free.
     */
    private String unusedCompaniesHouseNumber() {
        for (long n = System.nanoTime(); ; n++) {
            String number = String.format("%08d", Math.floorMod(n, 100_000_000L));
            if (database.count("select count(*) from organisation where companies_house_number = ?1", number) == 0) {
                return number;
            }
        }
    }

    private String unusedCharityNumber() {
        for (long n = System.nanoTime(); ; n++) {
            String number = String.format("%07d", Math.floorMod(n, 10_000_000L));
            if (database.count("select count(*) from organisation where charity_number = ?1", number) == 0) {
                return number;
            }
        }
    }

    private static String newLegalName() {
        return "Registering Fostering " + Samples.unique() + " Ltd";
    }

    private static String newEmail() {
        return "jo." + Samples.unique() + "@example.org";
    }

    private static RegistrationDetails company(String legalName, String companiesHouseNumber) {
        return details(legalName, OrganisationType.COMPANY, companiesHouseNumber, null, "LE1 6EJ", newEmail(), PASSWORD);
    }

    private static RegistrationDetails details(String legalName, OrganisationType type, String companiesHouseNumber,
            String charityNumber, String postcode, String email, String password) {
        return new RegistrationDetails(legalName, null, type, companiesHouseNumber, charityNumber,
                "1 Granby Street\nLeicester", postcode, "Jo", "Smith", email, "0116 496 0000", password);
    }

    private static Invitation invitation(String email) {
        return new Invitation(email, "Sam", "Patel");
    }

    private static List<String> usernames(List<OrganisationMember> members) {
        return members.stream().map(OrganisationMember::getUsername).toList();
    }
}
