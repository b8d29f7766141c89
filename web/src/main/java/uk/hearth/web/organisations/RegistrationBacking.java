package uk.hearth.web.organisations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.hearth.organisations.application.ProviderRegistration;
import uk.hearth.organisations.application.RegistrationDetails;
import uk.hearth.organisations.domain.OrganisationType;
import uk.hearth.web.shared.ServiceCalls;

/** register.xhtml: a provider registers itself and its first user, then confirms the email address. */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderRegistration registration;

    private String legalName;
    private String tradingName;
    private OrganisationType organisationType;
    private String companyNumber;
    private String charityNumber;
    private String address;
    private String postcode;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String password;

    /** The address the confirmation link went to, once registered. */
    private String registeredEmail;

    public void register() {
        // Only the number the chosen type asks for: one typed before the type was changed is not sent.
        RegistrationDetails details = new RegistrationDetails(legalName, tradingName, organisationType,
                organisationType == OrganisationType.COMPANY ? companyNumber : null,
                organisationType == OrganisationType.CHARITY ? charityNumber : null,
                address, postcode, firstName, lastName, email, phone, password);
        // The password is not kept in the view, which lives in the session; a refused form asks for it again.
        password = null;
        if (ServiceCalls.attempt(() -> registration.register(details)).isPresent()) {
            registeredEmail = details.contactEmail();
        }
    }

    public boolean isRegistered() {
        return registeredEmail != null;
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public boolean isCompany() {
        return organisationType == OrganisationType.COMPANY;
    }

    public boolean isCharity() {
        return organisationType == OrganisationType.CHARITY;
    }

    public String getRegisteredEmail() {
        return registeredEmail;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getTradingName() {
        return tradingName;
    }

    public void setTradingName(String tradingName) {
        this.tradingName = tradingName;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    public String getCompanyNumber() {
        return companyNumber;
    }

    public void setCompanyNumber(String companyNumber) {
        this.companyNumber = companyNumber;
    }

    public String getCharityNumber() {
        return charityNumber;
    }

    public void setCharityNumber(String charityNumber) {
        this.charityNumber = charityNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** Write-only: a password never goes back to the browser. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
