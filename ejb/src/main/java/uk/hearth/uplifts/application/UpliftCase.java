package uk.hearth.uplifts.application;

import java.util.Optional;
import uk.hearth.shared.money.Money;
import uk.hearth.uplifts.domain.MarketReference;
import uk.hearth.uplifts.domain.UpliftRequest;

/**
 * An uplift request with what a decision weighs: the lot's rate band, what comparable placements cost now, and what
 * the National Living Wage's rise alone adds to the placement's staff hours.
 */
public record UpliftCase(UpliftRequest request, String rateBand, Optional<MarketReference> market,
        Optional<Money> livingWageEffect, Optional<Money> livingWageBefore, Optional<Money> livingWageAfter,
        boolean overdue) {
}
