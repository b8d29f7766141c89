package uk.hearth.organisations.application;

import java.util.Optional;
import uk.hearth.organisations.domain.OrganisationKind;

/** Who is calling: the signed-in user name and, when they belong to one, their organisation. */
public record CallerProfile(String username, Optional<Long> organisationId, Optional<String> organisationName,
        Optional<OrganisationKind> organisationKind) {

    /** The name recorded for work nobody signed in did, such as start-up jobs. */
    public static final String SYSTEM = "system";

    public static CallerProfile withoutOrganisation(String username) {
        return new CallerProfile(username, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
