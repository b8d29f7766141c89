package uk.hearth.testing;

import jakarta.annotation.security.PermitAll;
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

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
