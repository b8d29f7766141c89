package uk.hearth.shared.infrastructure;

import jakarta.persistence.OptimisticLockException;
import uk.hearth.shared.ConcurrentChangeException;
import uk.hearth.shared.domain.Versioned;
import uk.hearth.shared.domain.VersionedRepository;

/** The JPA side of {@link VersionedRepository}: the version seen is compared on reading and again on writing. */
public abstract class JpaVersionedRepository<T extends Versioned> extends JpaRepository<T> implements VersionedRepository<T> {

    protected JpaVersionedRepository(Class<T> type, String noun) {
        super(type, noun);
    }

    @Override
    public T getForChange(long id, long versionSeen) {
        T aggregate = get(id);
        if (aggregate.getVersion() != versionSeen) {
            throw new ConcurrentChangeException(nameOf(aggregate));
        }
        return aggregate;
    }

    @Override
    public void checkCurrent(T aggregate) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(nameOf(aggregate));
        }
    }

    /** The record as a refusal names it: the noun, and a repository may add its reference ("The request REQ-…"). */
    protected String nameOf(T aggregate) {
        return noun();
    }
}
