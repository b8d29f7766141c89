package uk.hearth.uplifts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.hearth.shared.security.Roles;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.uplifts.domain.FeeReviewLot;
import uk.hearth.uplifts.domain.FeeReviewWindow;
import uk.hearth.uplifts.domain.FeeReviewWindowRepository;
import uk.hearth.uplifts.domain.LotOutcome;
import uk.hearth.uplifts.domain.UpliftRequest;
import uk.hearth.uplifts.domain.UpliftRequestRepository;

/**
 * The published outcomes of closed fee reviews, the same for every signed-in user: per window and lot, shares and
 * averages only, never a provider's name or figures (withheld below {@link LotOutcome#MINIMUM} decisions).
 */
@Stateless
@RolesAllowed({Roles.PROVIDER, Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
public class FeeReviewOutcomes {

    @Inject
    private FeeReviewWindowRepository windows;

    @Inject
    private UpliftRequestRepository requests;

    @Inject
    private HearthClock clock;

    /** Every closed window's outcome per lot, the latest window first. */
    @RolesAllowed({Roles.PROVIDER, Roles.COMMISSIONER, Roles.CONTRACT_MANAGER, Roles.ADMIN})
    public List<LotOutcome> published() {
        List<FeeReviewWindow> closed = windows.all().stream().filter(w -> w.isClosedOn(clock.today())).toList();
        Map<Long, Map<Long, List<UpliftRequest>>> decided = requests.decidedIn(closed.stream().map(FeeReviewWindow::getId).toList())
                .stream().collect(Collectors.groupingBy(r -> r.getWindow().getId(),
                        Collectors.groupingBy(r -> r.getPlacement().getRequest().getLot().getId())));
        return closed.stream().flatMap(w -> w.getLots().stream().map(FeeReviewLot::getLot).map(lot -> LotOutcome.of(
                w.getName(), lot.getName(), decided.getOrDefault(w.getId(), Map.of()).getOrDefault(lot.getId(), List.of()))))
                .toList();
    }
}
