package uk.hearth.audit.application;

import java.util.Optional;

/**
 * Who is acting, as the audit log records them. Implemented where users' organisations are known
 * ({@code organisations.application.CallerProfiles}), so the log depends on no capability that writes to it.
 */
public interface Actors {

    Actor actor();

    /**
     * @param username     the signed-in user, or "system" for the server's own timers and start-up jobs
     * @param organisation the organisation they act for, as it is shown
     */
    record Actor(String username, Optional<String> organisation) {
    }
}
