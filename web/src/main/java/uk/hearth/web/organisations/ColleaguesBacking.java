package uk.hearth.web.organisations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.hearth.organisations.application.Invitation;
import uk.hearth.organisations.application.ProviderRegistration;
import uk.hearth.organisations.domain.OrganisationMember;
import uk.hearth.web.shared.FacesMessages;
import uk.hearth.web.shared.ServiceCalls;

/** provider/colleagues.xhtml: who acts for the organisation, and the administrator's invitations. */
@Named
@ViewScoped
public class ColleaguesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProviderRegistration registration;

    private List<OrganisationMember> colleagues = List.of();
    private boolean administrator;

    private String email;
    private String firstName;
    private String lastName;

    public void load() {
        ServiceCalls.attempt(() -> {
            colleagues = registration.myColleagues();
            administrator = registration.mayInviteColleagues();
        });
    }

    public void invite() {
        Invitation invitation = new Invitation(email, firstName, lastName);
        if (ServiceCalls.attempt(() -> {
            registration.inviteColleague(invitation);
            return invitation;
        }).isPresent()) {
            FacesMessages.info("We have emailed " + invitation.email() + " a link to choose a password and sign in. "
                    + "The link works for three days.");
            email = null;
            firstName = null;
            lastName = null;
            load();
        }
    }

    public List<OrganisationMember> getColleagues() {
        return colleagues;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
}
