package uk.hearth.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.hearth.competitions.domain.BidDraft;
import uk.hearth.competitions.domain.BlockContract;
import uk.hearth.competitions.domain.CompetitionDetails;
import uk.hearth.competitions.domain.CompetitionQuestion;
import uk.hearth.competitions.domain.ContractUnit;
import uk.hearth.competitions.domain.MiniCompetition;
import uk.hearth.competitions.domain.QuestionDetails;
import uk.hearth.competitions.domain.QuestionKind;
import uk.hearth.competitions.domain.StandstillMode;
import uk.hearth.shared.money.Money;
import uk.hearth.shared.scoring.PriceScoring;

/** Made-up competitions and bids the competition ITs share. */
public final class CompetitionSamples {

    /** Monday 1 March 2027, 09:00 GMT: publication in the tests that fix the clock. */
    public static final Instant PUBLISHED = Instant.parse("2027-03-01T09:00:00Z");
    public static final Instant CLARIFY_BY = Instant.parse("2027-03-08T12:00:00Z");
    /** Fourteen days after publication, comfortably past the ten-day minimum. */
    public static final Instant DEADLINE = Instant.parse("2027-03-15T12:00:00Z");
    public static final int QUALITY_WORD_LIMIT = 50;

    private CompetitionSamples() {
    }

    /** Two beds for three years on the fostering lot: one pass/fail and two quality questions, price weighted 40. */
    public static CompetitionDetails details(Instant clarifyBy, Instant deadline, String shortPeriodReason) {
        return details(clarifyBy, deadline, shortPeriodReason, List.of(RoleCaller.username("commissioner")));
    }

    /** As {@link #details()}, evaluated by {@code panel}. */
    public static CompetitionDetails details(List<String> panel) {
        return details(CLARIFY_BY, DEADLINE, null, panel);
    }

    private static CompetitionDetails details(Instant clarifyBy, Instant deadline, String shortPeriodReason,
            List<String> panel) {
        return new CompetitionDetails("Two beds for children under 10 near Loughborough " + Samples.unique(), Samples.FOSTERING,
                "Two foster placements for children under 10 within 20 miles of Loughborough, for three years.",
                new BlockContract(ContractUnit.BEDS, 2, 36, 12, Money.of("450000.00")), 40, PriceScoring.LOWEST_PRICE_RATIO,
                List.of(new QuestionDetails(QuestionKind.PASS_FAIL, "Do you hold employers' liability insurance of £5m or more?", 20, 0),
                        new QuestionDetails(QuestionKind.QUALITY, "How will you keep siblings together?", QUALITY_WORD_LIMIT, 35),
                        new QuestionDetails(QuestionKind.QUALITY, "How will children keep their school place?", QUALITY_WORD_LIMIT, 25)),
                clarifyBy, deadline, shortPeriodReason, StandstillMode.CALENDAR_DAYS_10, panel);
    }

    public static CompetitionDetails details() {
        return details(CLARIFY_BY, DEADLINE, null);
    }

    /** A complete bid whose every answer carries {@code marker}, at {@code price} split into two lines. */
    public static BidDraft bid(MiniCompetition competition, String marker, BigDecimal price) {
        BigDecimal staffing = price.multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.HALF_UP);
        return new BidDraft(answers(competition, q -> "Yes, " + marker + " answers question " + q.getSortOrder() + "."),
                price, List.of(new BidDraft.Line("Carers' fees and staffing", staffing), new BidDraft.Line("Support and overheads", price.subtract(staffing))));
    }

    public static Map<Long, String> answers(MiniCompetition competition, Function<CompetitionQuestion, String> answer) {
        return competition.getQuestions().stream().collect(Collectors.toMap(CompetitionQuestion::getId, answer));
    }

    /** {@code count} words. */
    public static String words(int count) {
        return String.join(" ", Collections.nCopies(count, "word"));
    }
}
