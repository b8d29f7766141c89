package uk.hearth.requests.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import uk.hearth.requests.domain.DeclineReason;
import uk.hearth.requests.domain.DeclineRepository;
import uk.hearth.requests.domain.OffFrameworkPlacement;
import uk.hearth.requests.domain.OffFrameworkPlacementRepository;
import uk.hearth.requests.domain.PlacementRequest;
import uk.hearth.requests.domain.PlacementRequestRepository;
import uk.hearth.requests.domain.RequestStatus;
import uk.hearth.shared.security.Roles;

/**
 * The evidence for the council's sufficiency duty that placement requests leave behind: how searches ended, why
 * providers declined, which searches failed and why, and which children were placed off the framework. Counts
 * are made by the database, so the report costs the same however many requests there are.
 */
@Stateless
public class SufficiencyReport {

    @Inject
    private PlacementRequestRepository requests;

    @Inject
    private DeclineRepository declines;

    @Inject
    private OffFrameworkPlacementRepository offFramework;

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
        return new Figures(requests.countByStatus(), declines.countByReason(), requests.withStatus(RequestStatus.FAILED),
                offFramework.all());
    }
}
