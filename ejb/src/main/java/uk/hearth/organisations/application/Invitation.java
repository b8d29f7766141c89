package uk.hearth.organisations.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A colleague an organisation's administrator invites to Hearth, as typed into the form. */
public record Invitation(
        @NotBlank(message = "Enter your colleague's email address.")
        @Size(max = NewUser.EMAIL_LENGTH, message = NewUser.EMAIL_LENGTH_MESSAGE)
        @Email(regexp = NewUser.EMAIL_PATTERN, message = NewUser.EMAIL_PATTERN_MESSAGE) String email,
        @NotBlank(message = "Enter your colleague's first name.")
        @Size(max = NewUser.NAME_LENGTH, message = NewUser.NAME_LENGTH_MESSAGE)
        @Pattern(regexp = NewUser.NAME_PATTERN, message = NewUser.NAME_PATTERN_MESSAGE) String firstName,
        @NotBlank(message = "Enter your colleague's last name.")
        @Size(max = NewUser.NAME_LENGTH, message = NewUser.NAME_LENGTH_MESSAGE)
        @Pattern(regexp = NewUser.NAME_PATTERN, message = NewUser.NAME_PATTERN_MESSAGE) String lastName) {

    /** Surrounding spaces are dropped; the address is kept in lower case, as Keycloak keeps user names. */
    public Invitation {
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        firstName = firstName == null ? null : firstName.strip();
        lastName = lastName == null ? null : lastName.strip();
    }
}
