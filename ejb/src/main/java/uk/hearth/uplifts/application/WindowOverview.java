package uk.hearth.uplifts.application;

import java.util.Map;
import uk.hearth.requests.domain.PlacementsInLots;
import uk.hearth.uplifts.application.WindowOverview;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.UpliftStatus;

/** A window at a glance: how much is in scope, what has been answered and decided. */
public record WindowOverview(FeeReviewWindow window, PlacementsInLots inScope, Map<UpliftStatus, Long> requestsByStatus,
        int standardWaiting, boolean open) {

    public long placementsInScope() {
        return inScope.placements();
    }

    public long providersInScope() {
        return inScope.providers();
    }

    public long noChangeForAYear() {
        return inScope.unchangedForAYear();
    }

    public long count(UpliftStatus status) {
        return requestsByStatus.getOrDefault(status, 0L);
    }
}
