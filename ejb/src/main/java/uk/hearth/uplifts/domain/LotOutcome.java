package uk.hearth.uplifts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.hearth.shared.time.HearthClock;
import uk.hearth.shared.time.WorkingDayCalendar;

/**
 * What a closed fee review gave in one lot, for everyone to see: how many requests were decided, the shares approved,
 * part-approved and rejected, the average uplift approved and the median decision time in working days. A request
 * under review counts by its first decision, which stands until the review decides. Below
 * {@link #MINIMUM} decisions the figures are withheld, since they would show one provider's.
 */
public record LotOutcome(String windowName, String lotName, int decided, BigDecimal approvedPercent,
        BigDecimal partApprovedPercent, BigDecimal rejectedPercent, BigDecimal averageUpliftPercent,
        Integer medianDecisionDays) {

    public static final int MINIMUM = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The outcome of {@code requests}, the decided requests of one lot of one window. */
    public static LotOutcome of(String windowName, String lotName, List<UpliftRequest> requests) {
        int count = requests.size();
        if (count < MINIMUM) {
            return new LotOutcome(windowName, lotName, count, null, null, null, null, null);
        }
        List<BigDecimal> uplifts = requests.stream().filter(r -> r.getApprovedFee() != null)
                .map(r -> new FeeChange(r.getCurrentFee(), r.getApprovedFee()).percent()).toList();
        BigDecimal average = uplifts.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : uplifts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(uplifts.size()), 2,
                        RoundingMode.HALF_UP);
        List<Integer> days = requests.stream().map(r -> WorkingDayCalendar.workingDaysBetween(
                r.getSubmitted().at().atZone(HearthClock.LONDON).toLocalDate(),
                r.getDecided().at().atZone(HearthClock.LONDON).toLocalDate())).sorted().toList();
        return new LotOutcome(windowName, lotName, count, share(requests, UpliftStatus.APPROVED),
                share(requests, UpliftStatus.PART_APPROVED), share(requests, UpliftStatus.REJECTED), average,
                days.get((days.size() - 1) / 2));
    }

    public boolean isWithheld() {
        return approvedPercent == null;
    }

    private static BigDecimal share(List<UpliftRequest> requests, UpliftStatus status) {
        long matching = requests.stream().filter(r -> r.decisionInForce() == status).count();
        return BigDecimal.valueOf(matching).multiply(HUNDRED).divide(BigDecimal.valueOf(requests.size()), 1, RoundingMode.HALF_UP);
    }
}
