package uk.hearth.competitions.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.hearth.competitions.domain.StandstillPeriod;
import uk.hearth.shared.money.Money;

/**
 * What a block contract awarded through a mini-competition says.
 *
 * @param reference            the contract's reference, such as {@code BC-2026-0003}
 * @param competitionReference the mini-competition it was awarded through
 * @param competitionTitle     that competition's title
 * @param councilName          the contracting authority
 * @param providerLegalName    the provider as registered
 * @param providerAddress      its postal address, one line per line, or null
 * @param lotName              the lot of the dynamic purchasing system the contract is made under
 * @param type                 beds or hours
 * @param quantity             how many beds, or hours a week
 * @param startDate            the first day of the contract
 * @param termMonths           the initial term, in months
 * @param extensionMonths      how many months the council may extend it by; 0 for none
 * @param weeklyPrice          the price a week for the whole block, as bid
 * @param priceBreakdown       what the weekly price is made of, adding up to it; may be empty
 * @param contractValue        the estimated value over the initial term
 * @param keyTerms             the key terms, in order
 * @param standstill           the standstill the award decision started
 * @param concludedAt          when the contract was concluded, never before the standstill ended
 * @param signedForCouncilBy   who concluded it for the council
 * @param signedForProviderBy  who accepted it for the provider
 * @param dpsName              the dynamic purchasing system, named in every page's footer
 */
public record ContractParticulars(String reference, String competitionReference, String competitionTitle,
        String councilName, String providerLegalName, String providerAddress, String lotName, BlockContractType type,
        BigDecimal quantity, LocalDate startDate, int termMonths, int extensionMonths, Money weeklyPrice,
        List<PriceLine> priceBreakdown, Money contractValue, List<String> keyTerms, StandstillPeriod standstill,
        Instant concludedAt, String signedForCouncilBy, String signedForProviderBy, String dpsName) {

    /** One part of the weekly price, such as "Staffing" and £3,200.00. */
    public record PriceLine(String item, Money weeklyAmount) {

        public PriceLine {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(weeklyAmount, "weeklyAmount");
        }
    }

    /**
     * @throws uk.hearth.competitions.domain.StandstillRunningException if concluded before the standstill ended
     * @throws IllegalArgumentException if a quantity or term is not positive, or the breakdown misses the price
     */
    public ContractParticulars {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(competitionReference, "competitionReference");
        Objects.requireNonNull(competitionTitle, "competitionTitle");
        Objects.requireNonNull(councilName, "councilName");
        Objects.requireNonNull(providerLegalName, "providerLegalName");
        Objects.requireNonNull(lotName, "lotName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(weeklyPrice, "weeklyPrice");
        Objects.requireNonNull(contractValue, "contractValue");
        Objects.requireNonNull(standstill, "standstill");
        Objects.requireNonNull(concludedAt, "concludedAt");
        Objects.requireNonNull(signedForCouncilBy, "signedForCouncilBy");
        Objects.requireNonNull(signedForProviderBy, "signedForProviderBy");
        Objects.requireNonNull(dpsName, "dpsName");
        priceBreakdown = List.copyOf(priceBreakdown);
        keyTerms = List.copyOf(keyTerms);
        if (quantity.signum() <= 0 || termMonths < 1 || extensionMonths < 0) {
            throw new IllegalArgumentException("A contract needs a positive quantity and term and no negative "
                    + "extension, not " + quantity + ", " + termMonths + " and " + extensionMonths);
        }
        Money brokenDown = priceBreakdown.stream().map(PriceLine::weeklyAmount).reduce(Money.ZERO, Money::plus);
        if (!priceBreakdown.isEmpty() && brokenDown.compareTo(weeklyPrice) != 0) {
            throw new IllegalArgumentException("The price breakdown adds up to " + brokenDown.plain() + ", not the weekly "
                    + "price of " + weeklyPrice.plain());
        }
        standstill.requireEnded(concludedAt);
    }

    /** The last day of the initial term. */
    public LocalDate endDate() {
        return startDate.plusMonths(termMonths).minusDays(1);
    }

    /** The last day of the contract if the council takes up the whole extension. */
    public LocalDate endDateIfExtended() {
        return startDate.plusMonths((long) termMonths + extensionMonths).minusDays(1);
    }
}
