package uk.hearth.testing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import uk.hearth.shared.security.Roles;

@Stateless
@RunAs(Roles.PROVIDER)
public class AsProvider extends RoleCaller {
}
