package uk.hearth.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import uk.hearth.audit.domain.AuditChain;
import uk.hearth.audit.domain.AuditChain.ChainCheck;
import uk.hearth.audit.domain.AuditChainHead;
import uk.hearth.audit.domain.AuditEntry;
import uk.hearth.audit.domain.PendingAuditEntry;
import uk.hearth.organisations.application.CallerProfile;
import uk.hearth.organisations.application.CallerProfiles;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;

/** The append-only audit log: entries are written unchained by the acting transaction and chained by {@link AuditSealer}. */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HearthClock clock;

    @Inject
    private CallerProfiles callers;

    @Inject
    private AuditSealer sealer;

    /**
     * Appends an entry for the caller, in the caller's transaction. Open to every caller because only services
     * call it, as part of a change they have already authorised; no page offers it.
     */
    @PermitAll
    public void record(String action, String entityType, Object entityId, String summary) {
        CallerProfile caller = callers.current();
        // Written unchained, so concurrent actions never wait for each other; the sealer links it after commit.
        em.persist(new PendingAuditEntry(clock.now(), caller.username(), caller.organisationName().orElse(null), action,
                entityType, entityId == null ? null : entityId.toString(), summary));
    }

    @RolesAllowed(Roles.ADMIN)
    public List<AuditEntry> search(AuditQuery query, int first, int maxResults) {
        sealer.sealPending();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> cq = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = cq.from(AuditEntry.class);
        cq.where(filters(cb, entry, query)).orderBy(cb.desc(entry.get("sequenceNumber")));
        return em.createQuery(cq).setFirstResult(first).setMaxResults(maxResults).getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public long count(AuditQuery query) {
        sealer.sealPending();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditEntry> entry = cq.from(AuditEntry.class);
        cq.select(cb.count(entry)).where(filters(cb, entry, query));
        return em.createQuery(cq).getSingleResult();
    }

    /** The history of some records, newest first: e.g. every entry about one provider's applications and memberships. */
    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<AuditEntry> historyOf(String entityType, java.util.Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        sealer.sealPending();
        return em.createQuery("select e from AuditEntry e where e.entityType = :type and e.entityId in :ids"
                + " order by e.sequenceNumber desc", AuditEntry.class)
                .setParameter("type", entityType).setParameter("ids", entityIds).getResultList();
    }

    /** Re-hashes every entry in order against the recorded head of the chain. */
    @RolesAllowed(Roles.ADMIN)
    public ChainVerification verifyChain() {
        sealer.sealPending();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        try (Stream<AuditEntry> entries = em.createNamedQuery(AuditEntry.IN_ORDER, AuditEntry.class).getResultStream()) {
            ChainCheck check = AuditChain.check(entries::iterator, head.sequenceNumber(), head.hash());
            return new ChainVerification(check, clock.now());
        }
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> predicates = new ArrayList<>();
        Function<String, Optional<String>> pattern = text -> Optional.ofNullable(text)
                .map(String::strip).filter(t -> !t.isEmpty()).map(t -> "%" + t.toLowerCase() + "%");
        pattern.apply(query.actor()).ifPresent(p -> predicates.add(cb.like(cb.lower(entry.get("actor")), p)));
        pattern.apply(query.action()).ifPresent(p -> predicates.add(cb.like(cb.lower(entry.get("action")), p)));
        pattern.apply(query.entityType()).ifPresent(p -> predicates.add(cb.like(cb.lower(entry.get("entityType")), p)));
        pattern.apply(query.entityId()).ifPresent(p -> predicates.add(cb.like(cb.lower(entry.get("entityId")), p)));
        return predicates.toArray(Predicate[]::new);
    }
}
