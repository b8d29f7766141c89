package uk.hearth.uplifts.application;

import java.time.LocalDate;
import uk.hearth.requests.domain.Placement;
import uk.hearth.shared.money.Money;
import uk.hearth.uplifts.domain.UpliftRequest;

/**
 * A live placement a fee review covers, as of the window's opening: its weekly fee, the fee at the standard uplift,
 * when the fee last changed, and the provider's answer so far (null until it answers).
 *
 * @param noChangeForAYear the fee has not changed for over 12 months: a legacy agreement not to be forgotten
 */
public record AgreementInScope(Placement placement, Money currentFee, Money standardFee, LocalDate lastChangedOn,
        boolean noChangeForAYear, UpliftRequest answer) {

    public boolean isAnswered() {
        return answer != null;
    }
}
