package uk.hearth.organisations.domain;

import java.util.List;
import java.util.Optional;
import uk.hearth.shared.domain.VersionedRepository;

/** Organisations (providers and councils) and the user accounts linked to each. */
public interface OrganisationRepository extends VersionedRepository<Organisation> {

    /** A provider organisation; a council's id is "not found" here. */
    Organisation getProvider(long organisationId);

    boolean isCompaniesHouseNumberTaken(String number);

    boolean isCharityNumberTaken(String number);

    /** An organisation whose legal name is this one, whatever the case. */
    Optional<Organisation> findByLegalNameIgnoringCase(String legalName);

    /** The link of a user account to its organisation, with the organisation. */
    Optional<OrganisationMember> findMember(String username);

    /** The organisation's user accounts, administrators first. */
    List<OrganisationMember> membersOf(long organisationId);

    /**
     * Links an account to its organisation and writes the link at once, so that a database refusal (the user name
     * taken meanwhile) comes before anything outside the transaction, such as the Keycloak account, is made.
     */
    void addMember(OrganisationMember member);
}
