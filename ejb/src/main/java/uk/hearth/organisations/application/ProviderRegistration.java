package uk.hearth.organisations.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import uk.hearth.audit.application.AuditTrail;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationKind;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.organisations.domain.OrganisationRepository;
import uk.hearth.organisations.domain.OrganisationType;
import uk.hearth.organisations.domain.RegistrationNumbers;
import uk.hearth.shared.BusinessException;
import uk.hearth.shared.geo.PostcodeDistrict;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/**
 * Providers join Hearth: an organisation registers itself from the public site, and the person who registered it,
 * its administrator, invites colleagues. Every account is a Keycloak account with the provider role, linked here
 * to the one organisation it acts for.
 */
@Stateless
public class ProviderRegistration {

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private CallerProfiles callers;

    @Inject
    private IdentityAccounts accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private HearthClock clock;

    /**
     * Registers a provider and creates its first user, who administers its accounts. Open to anyone, signed in or
     * not: a dynamic purchasing system must stay open to every provider that wants to join.
     */
    @PermitAll
    public Organisation register(@NotNull(message = "Fill in the registration form.") @Valid RegistrationDetails details) {
        String companiesHouseNumber = details.organisationType() == OrganisationType.COMPANY
                ? requireCompaniesHouseNumber(details.companiesHouseNumber()) : null;
        String charityNumber = details.organisationType() == OrganisationType.CHARITY
                ? requireCharityNumber(details.charityNumber()) : null;
        refuseRegistered(details.legalName(), companiesHouseNumber, charityNumber);
        refuseExistingAccount(details.contactEmail());

        Organisation organisation = new Organisation(details.legalName(), details.tradingName(), OrganisationKind.PROVIDER,
                clock.now());
        organisation.register(details.organisationType(), companiesHouseNumber, charityNumber,
                details.registeredAddress(), PostcodeDistrict.formatPostcode(details.postcode()),
                details.contactFirstName() + " " + details.contactLastName(), details.contactEmail(),
                details.contactPhone());
        organisations.add(organisation);
        // Keycloak and the database cannot share a transaction. The rows go first, written at once so that a
        // database refusal comes before any account exists; a Keycloak refusal is a BusinessException, which rolls
        // the rows back; and if the transaction rolls back after Keycloak made the account, IdentityAccounts
        // removes it.
        organisations.addMember(new OrganisationMember(details.contactEmail(), organisation, true));
        accounts.createProviderUser(new NewUser(details.contactEmail(), details.contactEmail(),
                details.contactFirstName(), details.contactLastName(), details.password()));
        // Recorded last: the audit log locks its chain, which should not wait on Keycloak.
        audit.record("organisation.registered", "Organisation", organisation.getId(), "Provider ‘"
                + organisation.getLegalName() + "’ (" + details.organisationType().label().toLowerCase(Locale.UK)
                + registrationNumber(organisation) + ") registered by " + details.contactEmail()
                + ", its Hearth administrator");
        return organisation;
    }

    /**
     * Creates a colleague's account in the caller's organisation and emails them a link to choose a password.
     * Only the organisation's administrator may.
     */
    @RolesAllowed(Roles.PROVIDER)
    public void inviteColleague(@NotNull(message = "Fill in the invitation form.") @Valid Invitation invitation) {
        OrganisationMember inviter = callers.requireMembership();
        if (!inviter.isOrganisationAdmin()) {
            throw new BusinessException("Only your organisation's Hearth administrator can invite colleagues.");
        }
        refuseExistingAccount(invitation.email());
        Organisation organisation = inviter.getOrganisation();
        OrganisationMember colleague = new OrganisationMember(invitation.email(), organisation);
        // As in register: the row first, then Keycloak, whose account is removed again if this rolls back.
        organisations.addMember(colleague);
        String userId = accounts.createProviderUser(new NewUser(invitation.email(), invitation.email(),
                invitation.firstName(), invitation.lastName(), null));
        accounts.sendSetPasswordInvitation(userId);
        audit.record("organisation.user-invited", "OrganisationMember", colleague.getId(), invitation.firstName() + " "
                + invitation.lastName() + " (" + invitation.email() + ") invited to act for " + organisation.getLegalName());
    }

    /** Everyone who acts for the caller's organisation, its administrators first. */
    @RolesAllowed(Roles.PROVIDER)
    public List<OrganisationMember> myColleagues() {
        return organisations.membersOf(callers.requireOrganisation().getId());
    }

    /** Whether the caller administers their organisation's accounts, so the page offers the invitation form. */
    @RolesAllowed(Roles.PROVIDER)
    public boolean mayInviteColleagues() {
        return callers.requireMembership().isOrganisationAdmin();
    }

    private static String requireCompaniesHouseNumber(String number) {
        if (number == null) {
            throw new BusinessException("Enter your company's Companies House number.");
        }
        if (!RegistrationNumbers.isCompaniesHouseNumber(number)) {
            throw new BusinessException("‘" + number + "’ is not a Companies House number: it has 8 characters, either "
                    + "8 digits or 2 letters and 6 digits, such as 01234567 or SC123456. Add leading zeros if yours "
                    + "is shorter.");
        }
        return number;
    }

    private static String requireCharityNumber(String number) {
        if (number == null) {
            throw new BusinessException("Enter your charity's registered charity number.");
        }
        if (!RegistrationNumbers.isCharityNumber(number)) {
            throw new BusinessException("‘" + number + "’ is not a registered charity number: it has 6 to 8 digits, "
                    + "such as 1234567, and a linked charity adds its own, such as 1234567-1.");
        }
        return number;
    }

    private void refuseRegistered(String legalName, String companiesHouseNumber, String charityNumber) {
        String ifYours = " If it is yours, ask its Hearth administrator to invite you.";
        if (organisations.findByLegalNameIgnoringCase(legalName).isPresent()) {
            throw new BusinessException("An organisation called ‘" + legalName + "’ is already registered in Hearth." + ifYours);
        }
        if (companiesHouseNumber != null
                && organisations.isCompaniesHouseNumberTaken(companiesHouseNumber)) {
            throw new BusinessException("An organisation with Companies House number " + companiesHouseNumber
                    + " is already registered in Hearth." + ifYours);
        }
        if (charityNumber != null && organisations.isCharityNumberTaken(charityNumber)) {
            throw new BusinessException("An organisation with charity number " + charityNumber
                    + " is already registered in Hearth." + ifYours);
        }
    }

    /** Checked here as well as by Keycloak, so the unique user name never fails as a database error instead. */
    private void refuseExistingAccount(String email) {
        if (organisations.findMember(email).isPresent()) {
            throw new BusinessException(IdentityAccounts.ACCOUNT_EXISTS);
        }
    }

    private static String registrationNumber(Organisation organisation) {
        if (organisation.getCompaniesHouseNumber() != null) {
            return ", Companies House " + organisation.getCompaniesHouseNumber();
        }
        return organisation.getCharityNumber() == null ? "" : ", charity " + organisation.getCharityNumber();
    }
}
