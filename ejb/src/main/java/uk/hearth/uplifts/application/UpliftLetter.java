package uk.hearth.uplifts.application;

import java.time.LocalDate;
import uk.hearth.shared.money.Money;

/**
 * What a fee uplift decision letter says. {@code newFee} is null for a rejection; {@code review} marks the final
 * outcome of a review, whose back pay is the whole owed since the effective date.
 */
public record UpliftLetter(String reference, String councilName, String providerName, String windowName,
        String placementReference, String homeName, String decision, Money currentFee, Money askedFee, Money newFee,
        LocalDate effectiveFrom, Money backPay, String reasons, LocalDate decidedOn, String decidedBy, boolean review, String dpsName) {
}
