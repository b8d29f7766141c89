package uk.hearth.shared;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who did something, and when: the pair every decision, opening and closing records. Each use names its two
 * columns ({@code chosen_by}, {@code chosen_at}) with {@code @AttributeOverride}; an act not yet done is null.
 *
 * @param username the user name of whoever did it, or "system" for the server's own timers
 * @param at       when, by the service clock
 */
@Embeddable
public record Act(String username, Instant at) {

    public Act {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(at, "at");
    }
}
