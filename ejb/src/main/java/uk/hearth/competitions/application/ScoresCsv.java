package uk.hearth.competitions.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import uk.hearth.shared.export.Csv;
import uk.hearth.competitions.domain.ExcludedBid;
import uk.hearth.competitions.domain.PassFailCriterion;
import uk.hearth.competitions.domain.QuestionScore;
import uk.hearth.competitions.domain.RankedBid;
import uk.hearth.competitions.domain.Ranking;

/**
 * A mini-competition's scores as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they must be),
 * one row per bid and question: each ranked bid, in rank order, once per quality question; then each excluded bid
 * once per pass/fail question it failed. Bid-level figures repeat on each of the bid's rows so any row reads alone.
 */
public final class ScoresCsv {

    public static final List<String> HEADER = List.of("competition", "rank", "bidder", "excluded", "exclusion_reason",
            "question_type", "question", "question_weight", "moderated_score", "question_score", "quality_score",
            "price", "price_score", "total");

    private ScoresCsv() {
    }

    public static String of(String competitionReference, Ranking ranking) {
        Stream<List<String>> ranked = ranking.ranked().stream()
                .flatMap(bid -> bid.questionScores().isEmpty() ? Stream.of(row(competitionReference, bid, null))
                        : bid.questionScores().stream().map(score -> row(competitionReference, bid, score)));
        Stream<List<String>> excluded = ranking.excluded().stream()
                .flatMap(bid -> bid.failed().stream().map(question -> row(competitionReference, bid, question)));
        return Csv.of(Stream.of(Stream.of(HEADER), ranked, excluded).flatMap(s -> s));
    }

    /** A ranked bid's row for one quality question, or its only row when the model has none. */
    private static List<String> row(String competition, RankedBid bid, QuestionScore score) {
        return List.of(competition, String.valueOf(bid.rank()), bid.bidder(), "no", "",
                score == null ? "" : "quality", score == null ? "" : score.question().text(),
                score == null ? "" : String.valueOf(score.question().weight()),
                score == null ? "" : String.valueOf(score.moderatedScore()),
                score == null ? "" : number(score.score()), number(bid.qualityScore()), bid.price().plain(),
                number(bid.priceScore()), number(bid.total()));
    }

    private static List<String> row(String competition, ExcludedBid bid, PassFailCriterion failed) {
        return List.of(competition, "", bid.bidder(), "yes", bid.reason(), "pass/fail", failed.text(), "", "", "fail",
                "", bid.price().plain(), "", "");
    }

    private static String number(BigDecimal value) {
        return value.toPlainString();
    }
}
