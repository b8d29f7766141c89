package uk.hearth.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import uk.hearth.shared.RecordNotFoundException;
import uk.hearth.shared.domain.Repository;

/**
 * The JPA side of {@link Repository}, which every capability's {@code Jpa…Repository} extends: lookups by id with the
 * capability's not-found refusal, named queries with their parameters given as name/value pairs, fetch plans as
 * named entity graphs, and references from one numbered series per kind of record.
 *
 * @param <T> the aggregate root
 */
public abstract class JpaRepository<T> implements Repository<T> {

    /** What a named entity graph lists is fetched with the query; everything else as its mapping says. */
    protected static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";

    @PersistenceContext
    protected EntityManager em;

    private final Class<T> type;
    private final String noun;

    /**
     * @param noun the record as the user knows it, with its article ("The request"), for refusals
     */
    protected JpaRepository(Class<T> type, String noun) {
        this.type = type;
        this.noun = noun;
    }

    @Override
    public T get(long id) {
        return find(id).orElseThrow(this::notFound);
    }

    @Override
    public Optional<T> find(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    @Override
    public void add(T aggregate) {
        em.persist(aggregate);
    }

    protected RecordNotFoundException notFound() {
        return new RecordNotFoundException(noun);
    }

    protected String noun() {
        return noun;
    }

    /** A named query answering aggregates; {@code parameters} alternate names and values. */
    protected TypedQuery<T> query(String name, Object... parameters) {
        return query(name, type, parameters);
    }

    protected <R> TypedQuery<R> query(String name, Class<R> resultType, Object... parameters) {
        TypedQuery<R> query = em.createNamedQuery(name, resultType);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query;
    }

    protected List<T> list(String name, Object... parameters) {
        return query(name, parameters).getResultList();
    }

    /** The first answer of a named query that answers one at most, or puts the one wanted first. */
    protected Optional<T> first(String name, Object... parameters) {
        return query(name, parameters).getResultStream().findFirst();
    }

    /**
     * A named query with a fetch plan, a named entity graph of the entity: what a page shows of the aggregate's
     * associations comes in the same query, so nothing is loaded lazily once the transaction has ended.
     */
    protected List<T> listFetching(String plan, String name, Object... parameters) {
        return query(name, parameters).setHint(LOAD_GRAPH, em.getEntityGraph(plan)).getResultList();
    }

    protected Optional<T> firstFetching(String plan, String name, Object... parameters) {
        return listFetching(plan, name, parameters).stream().findFirst();
    }

    /**
     * The next reference of a series, such as REQ-2026-00042: the prefix, the year it is issued in and the series'
     * next number. Numbers run on across years, so a reference never repeats; the series row is locked until the
     * transaction ends, so two drafts never share one.
     */
    protected String nextReference(String prefix, Year year) {
        ReferenceSeries series = em.find(ReferenceSeries.class, prefix, LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            throw new IllegalStateException("No reference series " + prefix + " (a migration creates each)");
        }
        return prefix + "-" + year + "-" + String.format("%05d", series.next());
    }
}
