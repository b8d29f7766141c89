package uk.hearth.testing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import uk.hearth.shared.security.Roles;

/** Another commissioner, so a test can have an evaluation panel of several and a commissioner outside it. */
@Stateless
@RunAs(Roles.COMMISSIONER)
@PrincipalName(AsSecondCommissioner.USERNAME)
public class AsSecondCommissioner extends RoleCaller {

    public static final String USERNAME = "it-commissioner-2";
}
