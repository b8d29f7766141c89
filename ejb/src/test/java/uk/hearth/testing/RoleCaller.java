package uk.hearth.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs test code with the role of the subclass's {@code @RunAs}, so services see a caller in that role. Without a
 * transaction of its own, every service call inside gets its own, as when a page calls it.
 */
public abstract class RoleCaller {

    /** The user name a caller in {@code role} has, as the audit log records it. */
    public static String username(String role) {
        return "it-" + role;
    }

    /**
     * The user name {@code caller} runs as: its {@link PrincipalName}, or else the one every caller in its role has.
     * {@code caller} may be the container's proxy of a role caller, a subclass of it that carries no annotations.
     */
    public static String usernameOf(Class<? extends RoleCaller> caller) {
        Class<?> declared = caller;
        while (declared.getSuperclass() != RoleCaller.class) {
            declared = declared.getSuperclass();
        }
        PrincipalName named = declared.getAnnotation(PrincipalName.class);
        return named == null ? username(declared.getAnnotation(RunAs.class).value()) : named.value();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
