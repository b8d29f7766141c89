package uk.hearth.uplifts.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.hearth.requests.domain.Placement;
import uk.hearth.shared.money.Money;
import uk.hearth.uplifts.domain.FeeChange;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.UpliftRequest;

/** Which placements a window covers and where each stands; the same answer for the council and the provider. */
final class FeeReviewScope {

    private FeeReviewScope() {
    }

    /**
     * The placements with the fee in force when the window opens (or the agreed fee, for a placement starting later)
     * and the answer given for each, if any.
     */
    static List<AgreementInScope> of(FeeReviewWindow window, List<Placement> placements, List<UpliftRequest> answers) {
        Map<Long, UpliftRequest> byPlacement = answers.stream()
                .collect(Collectors.toMap(r -> r.getPlacement().getId(), Function.identity()));
        return placements.stream().map(p -> {
            Money current = p.weeklyFeeOn(window.getOpensOn());
            Money standard = FeeChange.byPercent(current, window.standardUpliftFor(p.getRequest().getLot().getId())).to();
            var lastChange = p.feeChangedLastOn(window.getOpensOn());
            return new AgreementInScope(p, current, standard, lastChange,
                    lastChange.plusMonths(12).isBefore(window.getOpensOn()), byPlacement.get(p.getId()));
        }).toList();
    }
}
