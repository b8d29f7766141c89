package uk.hearth.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.hearth.competitions.application.AwardLetter;
import uk.hearth.competitions.application.BlockContractType;
import uk.hearth.competitions.application.ContractParticulars;
import uk.hearth.competitions.application.ContractParticulars.PriceLine;
import uk.hearth.competitions.domain.BidForScoring;
import uk.hearth.competitions.domain.EvaluationModel;
import uk.hearth.competitions.domain.PassFailCriterion;
import uk.hearth.competitions.domain.QualityCriterion;
import uk.hearth.competitions.domain.Ranking;
import uk.hearth.competitions.domain.Scoring;
import uk.hearth.competitions.domain.StandstillMode;
import uk.hearth.competitions.domain.StandstillPeriod;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.scoring.PriceScoring;

/**
 * A made-up mini-competition for the competition unit tests: two pass/fail questions, two quality questions of
 * weight 30 and price at 40, scored by the lowest-price ratio.
 *
 * <p>{@link #ranking()} holds Beacon Homes (ranked 1: quality 60.00, price £1,200.00 scoring 33.33, total 93.33),
 * Acorn Care (2: 42.00, £1,000.00 and 40.00, 82.00), Cedar Lodge (3: 36.00, £1,500.00 and 26.67, 62.67) and Dale
 * House, excluded for failing the Ofsted question despite the lowest price.
 */
public final class ScoringSamples {

    public static final String DPS = "Hearth dynamic purchasing system for children's placements";
    public static final PassFailCriterion INSURANCE =
            new PassFailCriterion(1, "Do you hold public liability insurance of at least £5 million?");
    public static final PassFailCriterion REGISTERED =
            new PassFailCriterion(2, "Is every home registered with Ofsted?");
    public static final QualityCriterion SAFETY = new QualityCriterion(10, "How will you keep children safe?", 30);
    public static final QualityCriterion EDUCATION =
            new QualityCriterion(11, "How will you support education?", 30);
    public static final EvaluationModel MODEL = new EvaluationModel(List.of(INSURANCE, REGISTERED),
            List.of(SAFETY, EDUCATION), 40, PriceScoring.LOWEST_PRICE_RATIO);

    /** Monday 2 November 2026, 09:00 GMT: bids come in from here, a minute apart. */
    public static final Instant NINE = Instant.parse("2026-11-02T09:00:00Z");
    /** Monday 16 November 2026, 14:00 GMT: the standstill's last day is Thursday 26 November. */
    public static final Instant DECIDED_AT = Instant.parse("2026-11-16T14:00:00Z");

    /** Friday 27 November 2026, 10:00 GMT: the day after the standstill's last day. */
    public static final Instant CONCLUDED_AT = Instant.parse("2026-11-27T10:00:00Z");

    public static final long BEACON = 102;
    public static final long ACORN = 101;
    public static final long CEDAR = 103;
    public static final long DALE = 104;

    private ScoringSamples() {
    }

    /** A bid that passed both pass/fail questions, with its moderated safety and education scores. */
    public static BidForScoring bid(long id, String bidder, String price, int safety, int education,
            int minutesAfterNine) {
        return new BidForScoring(id, bidder, Money.of(price), Map.of(1L, true, 2L, true),
                Map.of(10L, safety, 11L, education), NINE.plusSeconds(60L * minutesAfterNine));
    }

    public static Ranking ranking() {
        return Scoring.rank(MODEL, List.of(
                bid(ACORN, "Acorn Care", "1000.00", 4, 3, 0),
                bid(BEACON, "Beacon Homes", "1200.00", 5, 5, 1),
                bid(CEDAR, "Cedar Lodge", "1500.00", 5, 1, 2),
                new BidForScoring(DALE, "Dale House", Money.of("500.00"), Map.of(1L, true, 2L, false), Map.of(),
                        NINE.plusSeconds(180))));
    }

    public static StandstillPeriod standstill() {
        return new StandstillPeriod(StandstillMode.CALENDAR_DAYS_10, DECIDED_AT);
    }

    public static AwardLetter.Competition competition() {
        return new AwardLetter.Competition("MC-2026-0003", "Two beds for children under 10 within 20 miles",
                "Residential children's homes", "Leicestershire County Council", "Priya Shah", DPS);
    }

    /** Two beds from Beacon Homes for 36 months from 4 January 2027, at £11,400.00 a week. */
    public static ContractParticulars contract(Instant concludedAt) {
        return new ContractParticulars("BC-2026-0003", "MC-2026-0003", "Two beds for children under 10 within 20 miles",
                "Leicestershire County Council", "Beacon Homes Ltd", "3 Mill Lane\nHinckley\nLE10 1AA",
                "Residential children's homes", BlockContractType.BLOCK_BEDS, new BigDecimal("2"),
                LocalDate.of(2027, 1, 4), 36, 12, Money.of("11400.00"),
                List.of(new PriceLine("Staffing", Money.of("8200.00")),
                        new PriceLine("Premises", Money.of("1600.00")),
                        new PriceLine("Education", Money.of("1000.00")),
                        new PriceLine("Activities and transport", Money.of("600.00"))),
                Money.of("1778400.00"),
                List.of("The provider holds both beds for children the council places, and tells the council within "
                        + "one working day whenever a bed becomes free.",
                        "The council pays for both beds every week, whether or not a child is placed in them."),
                standstill(), concludedAt, "Priya Shah", "m.jones@beacon.example", DPS);
    }
}
