package uk.hearth.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The user name a role caller runs as, when it must differ from {@link RoleCaller#username(String)}: a second user
 * in the same role, such as a provider of another organisation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PrincipalName {

    String value();
}
