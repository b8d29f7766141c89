package uk.hearth.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import uk.hearth.organisations.application.CallerProfile;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.shared.security.Roles;

/** Who is signed in, for the header and the navigation. Roles come from the Keycloak token, checked by the container. */
@Named
@RequestScoped
public class CurrentUser {

    // The servlet request rather than Faces' ExternalContext: error pages render this header too, after Faces
    // has let go of the failed request.
    @Inject
    private HttpServletRequest request;

    @Inject
    private CallerProfiles callerProfiles;

    private CallerProfile profile;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public String getUsername() {
        return profile().username();
    }

    public String getOrganisationName() {
        return profile().organisationName().orElse(null);
    }

    public boolean isProvider() {
        return request.isUserInRole(Roles.PROVIDER);
    }

    public boolean isCommissioner() {
        return request.isUserInRole(Roles.COMMISSIONER);
    }

    public boolean isContractManager() {
        return request.isUserInRole(Roles.CONTRACT_MANAGER);
    }

    public boolean isAdmin() {
        return request.isUserInRole(Roles.ADMIN);
    }

    /** The dashboard of the user's main role; a user with several roles lands on the first in this order. */
    public Optional<String> dashboard() {
        if (isAdmin()) {
            return Optional.of("/admin/dashboard.xhtml");
        }
        if (isCommissioner()) {
            return Optional.of("/commissioner/dashboard.xhtml");
        }
        if (isContractManager()) {
            return Optional.of("/contract-manager/dashboard.xhtml");
        }
        if (isProvider()) {
            return Optional.of("/provider/dashboard.xhtml");
        }
        return Optional.empty();
    }

    public String getRoleDescription() {
        if (isAdmin()) {
            return "Administrator";
        }
        if (isCommissioner()) {
            return "Commissioner";
        }
        if (isContractManager()) {
            return "Contract manager";
        }
        return isProvider() ? "Provider" : "";
    }

    private CallerProfile profile() {
        if (profile == null) {
            profile = callerProfiles.current();
        }
        return profile;
    }
}
