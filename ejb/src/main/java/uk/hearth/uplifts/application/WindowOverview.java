package uk.hearth.uplifts.application;

import java.util.Map;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.UpliftStatus;

/** A window at a glance: how much is in scope, what has been answered and decided. */
public record WindowOverview(FeeReviewWindow window, int placementsInScope, int providersInScope,
        int noChangeForAYear, Map<UpliftStatus, Long> requestsByStatus, int standardWaiting, boolean open) {

    public long count(UpliftStatus status) {
        return requestsByStatus.getOrDefault(status, 0L);
    }
}
