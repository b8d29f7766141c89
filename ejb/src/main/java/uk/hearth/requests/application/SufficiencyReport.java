package uk.hearth.requests.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.OffFrameworkPlacement;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.security.Roles;

/**
 * The evidence for the council's sufficiency duty that placement requests leave behind: how searches ended, why
 * providers declined, which searches failed and why, and which children were placed off the framework. Counts
 * are made by the database, so the report costs the same however many requests there are.
 */
@Stateless
public class SufficiencyReport {

    @PersistenceContext
    private EntityManager em;

    public record Figures(Map<RequestStatus, Long> requestsByStatus, Map<DeclineReason, Long> declinesByReason,
            List<PlacementRequest> failedSearches, List<OffFrameworkPlacement> offFrameworkPlacements) {

        public long count(RequestStatus status) {
            return requestsByStatus.getOrDefault(status, 0L);
        }

        public long declines(DeclineReason reason) {
            return declinesByReason.getOrDefault(reason, 0L);
        }

        public long getTotalDeclines() {
            return declinesByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        public List<RequestStatus> getStatuses() {
            return List.of(RequestStatus.values());
        }

        public List<DeclineReason> getDeclineReasons() {
            return List.of(DeclineReason.values());
        }

        public List<PlacementRequest> getFailedSearches() {
            return failedSearches;
        }

        public List<OffFrameworkPlacement> getOffFrameworkPlacements() {
            return offFrameworkPlacements;
        }
    }

    @RolesAllowed({Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public Figures figures() {
        Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
        em.createQuery("select r.status, count(r) from PlacementRequest r group by r.status", Object[].class)
                .getResultList().forEach(row -> byStatus.put((RequestStatus) row[0], (Long) row[1]));
        Map<DeclineReason, Long> byReason = new EnumMap<>(DeclineReason.class);
        em.createQuery("select d.reason, count(d) from Decline d group by d.reason", Object[].class)
                .getResultList().forEach(row -> byReason.put((DeclineReason) row[0], (Long) row[1]));
        List<PlacementRequest> failed = em.createQuery("select r from PlacementRequest r join fetch r.lot where r.status = :failed"
                + " order by r.closedAt desc", PlacementRequest.class).setParameter("failed", RequestStatus.FAILED).getResultList();
        List<OffFrameworkPlacement> offFramework = em.createNamedQuery(OffFrameworkPlacement.ALL, OffFrameworkPlacement.class)
                .getResultList();
        return new Figures(byStatus, byReason, failed, offFramework);
    }
}
