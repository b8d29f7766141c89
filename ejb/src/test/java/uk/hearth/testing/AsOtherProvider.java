package uk.hearth.testing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import uk.hearth.shared.security.Roles;

/** A second provider user, so a test can check that one organisation cannot reach another's records. */
@Stateless
@RunAs(Roles.PROVIDER)
@PrincipalName(AsOtherProvider.USERNAME)
public class AsOtherProvider extends RoleCaller {

    public static final String USERNAME = "it-provider-2";
}
