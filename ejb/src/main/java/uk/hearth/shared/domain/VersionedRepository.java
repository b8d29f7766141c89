package uk.hearth.shared.domain;

/**
 * The repository of an aggregate that people edit: a change names the version the user saw, and is refused if
 * someone else saved it since.
 */
public interface VersionedRepository<T extends Versioned> extends Repository<T> {

    /**
     * The aggregate, to change it.
     *
     * @throws uk.hearth.shared.RecordNotFoundException   if there is none with that id
     * @throws uk.hearth.shared.ConcurrentChangeException if it was saved since {@code versionSeen}
     */
    T getForChange(long id, long versionSeen);

    /**
     * Writes the changes made so far, so that a change someone else committed meanwhile is refused now, as a
     * {@link uk.hearth.shared.ConcurrentChangeException} naming the record, rather than as a fault at commit.
     */
    void checkCurrent(T aggregate);
}
