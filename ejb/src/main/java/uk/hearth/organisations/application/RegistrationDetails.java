package uk.hearth.organisations.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import uk.hearth.organisations.domain.Organisation;
import uk.hearth.organisations.domain.OrganisationType;
import uk.hearth.organisations.domain.RegistrationNumbers;
import uk.hearth.shared.geo.PostcodeDistrict;

/**
 * A provider registering itself, as typed into the public form: the organisation, and its main contact, who
 * becomes its first user. Which registration number is needed depends on the type; {@link ProviderRegistration}
 * checks that.
 */
public record RegistrationDetails(
        @NotBlank(message = "Enter your organisation's legal name.")
        @Size(max = Organisation.NAME_LENGTH, message = "The legal name must be 200 characters or fewer.") String legalName,
        @Size(max = Organisation.NAME_LENGTH, message = "The trading name must be 200 characters or fewer.") String tradingName,
        @NotNull(message = "Choose what kind of organisation it is.") OrganisationType organisationType,
        String companiesHouseNumber,
        String charityNumber,
        @NotBlank(message = "Enter your organisation's registered address.")
        @Size(max = Organisation.ADDRESS_LENGTH, message = "The registered address must be 500 characters or fewer.") String registeredAddress,
        @NotBlank(message = "Enter the postcode of the registered address.") String postcode,
        @NotBlank(message = "Enter the main contact's first name.")
        @Size(max = NewUser.NAME_LENGTH, message = NewUser.NAME_LENGTH_MESSAGE)
        @Pattern(regexp = NewUser.NAME_PATTERN, message = NewUser.NAME_PATTERN_MESSAGE) String contactFirstName,
        @NotBlank(message = "Enter the main contact's last name.")
        @Size(max = NewUser.NAME_LENGTH, message = NewUser.NAME_LENGTH_MESSAGE)
        @Pattern(regexp = NewUser.NAME_PATTERN, message = NewUser.NAME_PATTERN_MESSAGE) String contactLastName,
        @NotBlank(message = "Enter the main contact's email address.")
        @Size(max = NewUser.EMAIL_LENGTH, message = NewUser.EMAIL_LENGTH_MESSAGE)
        @Email(regexp = NewUser.EMAIL_PATTERN, message = NewUser.EMAIL_PATTERN_MESSAGE) String contactEmail,
        @Pattern(regexp = "\\+?[0-9][0-9 ]{8,28}",
                message = "Enter a telephone number in digits, such as 0116 496 0000 or +44 116 496 0000.") String contactPhone,
        @NotBlank(message = "Choose a password.")
        @Size(min = 12, max = 64, message = "Choose a password of 12 to 64 characters.") String password) {

    /**
     * Surrounding spaces are dropped and an empty answer is no answer; registration numbers lose their spaces and
     * the email address is kept in lower case, as Keycloak keeps user names. The password is kept exactly as typed.
     */
    public RegistrationDetails {
        legalName = text(legalName);
        tradingName = text(tradingName);
        companiesHouseNumber = RegistrationNumbers.normalise(companiesHouseNumber);
        charityNumber = RegistrationNumbers.normalise(charityNumber);
        registeredAddress = text(registeredAddress);
        postcode = text(postcode);
        contactFirstName = text(contactFirstName);
        contactLastName = text(contactLastName);
        contactEmail = contactEmail == null ? null : text(contactEmail.toLowerCase(Locale.ROOT));
        contactPhone = text(contactPhone);
    }

    @AssertTrue(message = "Enter a full UK postcode, such as LE1 6EJ.")
    public boolean isPostcodeRecognised() {
        return postcode == null || PostcodeDistrict.isValidPostcode(postcode);
    }

    /** Never shows the password, so no log or error message can. */
    @Override
    public String toString() {
        return "RegistrationDetails[legalName=" + legalName + ", organisationType=" + organisationType
                + ", contactEmail=" + contactEmail + ", password=(hidden)]";
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
