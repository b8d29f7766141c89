package uk.hearth.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.hearth.audit.domain.AuditChainHead;
import uk.hearth.audit.domain.AuditEntry;
import uk.hearth.audit.domain.AuditQuery;
import uk.hearth.audit.domain.AuditRepository;
import uk.hearth.audit.domain.PendingAuditEntry;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void addPending(PendingAuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public boolean anyPending() {
        return !pending(1).isEmpty();
    }

    @Override
    public List<PendingAuditEntry> pending(int max) {
        return em.createNamedQuery(PendingAuditEntry.IN_ORDER, PendingAuditEntry.class).setMaxResults(max).getResultList();
    }

    @Override
    public AuditChainHead lockHead() {
        return em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.ID);
    }

    @Override
    public void chain(PendingAuditEntry pending, AuditEntry entry) {
        em.persist(entry);
        em.remove(pending);
    }

    @Override
    public void endBatch() {
        em.flush();
        em.clear();
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int first, int maxResults, Set<String> unlisted) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> cq = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = cq.from(AuditEntry.class);
        cq.where(filters(cb, entry, query, unlisted)).orderBy(cb.desc(entry.get("sequenceNumber")));
        return em.createQuery(cq).setFirstResult(first).setMaxResults(maxResults).getResultList();
    }

    @Override
    public long count(AuditQuery query, Set<String> unlisted) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditEntry> entry = cq.from(AuditEntry.class);
        cq.select(cb.count(entry)).where(filters(cb, entry, query, unlisted));
        return em.createQuery(cq).getSingleResult();
    }

    @Override
    public List<AuditEntry> historyOf(String entityType, Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(AuditEntry.HISTORY_OF, AuditEntry.class).setParameter("type", entityType)
                .setParameter("ids", entityIds).getResultList();
    }

    @Override
    public Stream<AuditEntry> inOrder() {
        return em.createNamedQuery(AuditEntry.IN_ORDER, AuditEntry.class).getResultStream();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query, Set<String> unlisted) {
        List<Predicate> predicates = new ArrayList<>();
        if (!unlisted.isEmpty()) {
            predicates.add(cb.not(entry.get("action").in(unlisted)));
        }
        Function<String, Optional<String>> pattern = text -> Optional.ofNullable(text)
                .map(String::strip).filter(t -> !t.isEmpty()).map(t -> "%" + t.toLowerCase() + "%");
        pattern.apply(query.actor()).ifPresent(p -> predicates.add(cb.like(cb.lower(entry.get("actor")), p)));
        pattern.apply(query.action()).ifPresent(p -> predicates.add(cb.like(cb.lower(entry.get("action")), p)));
        pattern.apply(query.entityType()).ifPresent(p -> predicates.add(cb.like(cb.lower(entry.get("entityType")), p)));
        pattern.apply(query.entityId()).ifPresent(p -> predicates.add(cb.like(cb.lower(entry.get("entityId")), p)));
        return predicates.toArray(Predicate[]::new);
    }
}
