package uk.hearth.shared.domain;

import java.util.Optional;

/**
 * How an aggregate is reached: every capability's repository interface (in its {@code domain} package) extends this
 * one or {@link VersionedRepository}, and its JPA class (in {@code infrastructure}) extends the matching base in
 * {@code uk.hearth.shared.infrastructure}. Lookups of other kinds are the capability's own {@code find…} methods
 * (answering {@code Optional} or a list) and named fetch plans ({@code get…For…}) that load what a page shows.
 *
 * @param <T> the aggregate root
 */
public interface Repository<T> {

    /**
     * @throws uk.hearth.shared.RecordNotFoundException if there is none with that id
     */
    T get(long id);

    Optional<T> find(long id);

    /** Stores a new aggregate; its id is set once this returns. */
    void add(T aggregate);
}
