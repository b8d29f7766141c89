package uk.hearth.organisations.application;

import java.util.Objects;
import uk.hearth.organisations.domain.OrganisationMember;

/**
 * An account to create in the identity provider; the user name is the email address.
 *
 * @param password the user's chosen password, or null for an invited colleague who chooses one later
 */
public record NewUser(String username, String email, String firstName, String lastName, String password) {

    public static final int NAME_LENGTH = 50;
    public static final String NAME_LENGTH_MESSAGE = "Names must be 50 characters or fewer.";
    /** Keycloak's default user profile refuses these characters in a person's name. */
    public static final String NAME_PATTERN = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]*";
    public static final String NAME_PATTERN_MESSAGE = "Names cannot contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] { } ( ).";

    public static final int EMAIL_LENGTH = OrganisationMember.USERNAME_LENGTH;
    public static final String EMAIL_LENGTH_MESSAGE = "The email address must be 100 characters or fewer.";
    /** Narrower than RFC 5321 on purpose: the address is also the Keycloak user name, which refuses quotes, slashes and the like. */
    public static final String EMAIL_PATTERN = "[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+";
    public static final String EMAIL_PATTERN_MESSAGE = "Enter an email address such as jo.smith@example.org.";

    public NewUser {
        Objects.requireNonNull(username);
        Objects.requireNonNull(email);
        Objects.requireNonNull(firstName);
        Objects.requireNonNull(lastName);
    }

    /** Never shows the password, so no log or error message can. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", email=" + email + ", firstName=" + firstName + ", lastName="
                + lastName + ", password=" + (password == null ? "none" : "(hidden)") + "]";
    }
}
