package uk.hearth.requests.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import uk.hearth.shared.money.Money;

/**
 * What the Individual Placement Agreement between a council and a provider says. The child is never named: the
 * agreement identifies the child only by the request's reference, and the council passes the child's details on
 * separately.
 *
 * @param reference               the agreement's reference, such as {@code IPA-2026-00012}
 * @param councilName             the placing council
 * @param providerLegalName       the provider as registered
 * @param providerAddress         its postal address, one line per line, or null
 * @param requestReference        the placement request's reference, which stands for the child
 * @param lotName                 the lot of the dynamic purchasing system the placement is made under
 * @param homeName                the home the child is placed in
 * @param homeOfstedUrn           the home's Ofsted unique reference number
 * @param homePostcode            the home's postcode
 * @param startDate               the day the placement starts
 * @param initialPeriodWeeks      the length of the initial period, in weeks
 * @param reviewDate              the day by which the council reviews the placement
 * @param coreWeeklyFee           the core weekly fee
 * @param staffingHoursPerWeek    hours of additional staffing a week; zero for none
 * @param staffingHourlyRate      the hourly rate of additional staffing
 * @param educationWeeklyFee      the weekly fee for education
 * @param transportWeeklyFee      the weekly fee for transport
 * @param otherWeeklyFee          any other weekly fee
 * @param totalWeeklyFee          the agreed weekly fee in all
 * @param invoicingReference      the reference the provider quotes on its invoices
 * @param agreedOn                the day the agreement was made
 * @param signedForCouncilBy      who agreed it for the council
 * @param confirmedByProviderUser the provider's user who confirmed it in Hearth
 * @param dpsName                 the dynamic purchasing system, named in every page's footer
 */
public record PlacementAgreement(String reference, String councilName, String providerLegalName,
        String providerAddress, String requestReference, String lotName, String homeName, String homeOfstedUrn,
        String homePostcode, LocalDate startDate, int initialPeriodWeeks, LocalDate reviewDate,
        Money coreWeeklyFee, BigDecimal staffingHoursPerWeek, Money staffingHourlyRate,
        Money educationWeeklyFee, Money transportWeeklyFee, Money otherWeeklyFee,
        Money totalWeeklyFee, String invoicingReference, LocalDate agreedOn, String signedForCouncilBy,
        String confirmedByProviderUser, String dpsName) {

    public PlacementAgreement {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(councilName, "councilName");
        Objects.requireNonNull(providerLegalName, "providerLegalName");
        Objects.requireNonNull(requestReference, "requestReference");
        Objects.requireNonNull(lotName, "lotName");
        Objects.requireNonNull(homeName, "homeName");
        Objects.requireNonNull(homeOfstedUrn, "homeOfstedUrn");
        Objects.requireNonNull(homePostcode, "homePostcode");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(reviewDate, "reviewDate");
        Objects.requireNonNull(coreWeeklyFee, "coreWeeklyFee");
        Objects.requireNonNull(staffingHoursPerWeek, "staffingHoursPerWeek");
        Objects.requireNonNull(staffingHourlyRate, "staffingHourlyRate");
        Objects.requireNonNull(educationWeeklyFee, "educationWeeklyFee");
        Objects.requireNonNull(transportWeeklyFee, "transportWeeklyFee");
        Objects.requireNonNull(otherWeeklyFee, "otherWeeklyFee");
        Objects.requireNonNull(totalWeeklyFee, "totalWeeklyFee");
        Objects.requireNonNull(invoicingReference, "invoicingReference");
        Objects.requireNonNull(agreedOn, "agreedOn");
        Objects.requireNonNull(signedForCouncilBy, "signedForCouncilBy");
        Objects.requireNonNull(confirmedByProviderUser, "confirmedByProviderUser");
        Objects.requireNonNull(dpsName, "dpsName");
        if (initialPeriodWeeks < 1) {
            throw new IllegalArgumentException("The initial period must be at least a week, not " + initialPeriodWeeks);
        }
    }
}
