package uk.hearth.testing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import uk.hearth.shared.security.Roles;

/** A third provider user, for competitions that need three bidders. */
@Stateless
@RunAs(Roles.PROVIDER)
@PrincipalName(AsThirdProvider.USERNAME)
public class AsThirdProvider extends RoleCaller {

    public static final String USERNAME = "it-provider-3";
}
