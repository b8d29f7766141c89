package uk.hearth.competitions.infrastructure;

import static uk.hearth.competitions.infrastructure.CompetitionPdf.section;
import static uk.hearth.documents.infrastructure.PdfLetterWriter.ukDate;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import uk.hearth.competitions.application.AwardLetter;
import uk.hearth.competitions.application.AwardLetterRenderer;
import uk.hearth.competitions.application.AwardOutcome;
import uk.hearth.competitions.domain.EvaluationModel;
import uk.hearth.competitions.domain.QuestionScore;
import uk.hearth.competitions.domain.RankedBid;
import uk.hearth.competitions.domain.Scoring;
import uk.hearth.competitions.domain.StandstillPeriod;
import uk.hearth.competitions.domain.WinnerAdvantages;
import uk.hearth.documents.infrastructure.PdfLetterWriter;
import uk.hearth.shared.money.Money;

/**
 * Renders mini-competition award letters as A4 PDFs, with what regulation 86 of the Public Contracts Regulations 2015
 * asks of them: the award criteria, the bidder's own scores and the winner's, the winner's name, the relative
 * advantages of the winning bid and when the standstill ends. Not final: CDI proxies application-scoped beans. It
 * holds no state; each letter gets its own writer.
 */
@ApplicationScoped
public class PdfBoxAwardLetterRenderer implements AwardLetterRenderer {

    @Override
    public byte[] render(AwardLetter letter) {
        AwardLetter.Competition competition = letter.competition();
        try (PdfLetterWriter pdf = new PdfLetterWriter()) {
            write(letter, pdf);
            pdf.describe("Award letter " + competition.reference() + " for " + letter.bidder(),
                    competition.councilName(), competition.title());
            return pdf.toPdf(competition.dpsName().strip() + " · " + competition.reference());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the award letter of " + competition.reference(), e);
        }
    }

    private static void write(AwardLetter letter, PdfLetterWriter pdf) throws IOException {
        AwardLetter.Competition competition = letter.competition();
        String council = competition.councilName().strip();
        RankedBid winner = letter.winner();
        StandstillPeriod standstill = letter.standstill();

        pdf.letterhead(council);
        pdf.gap(1);
        pdf.line(ukDate(standstill.decisionDay()));
        pdf.line("Our reference: " + competition.reference());
        pdf.gap(1);
        pdf.line(letter.bidder());
        pdf.gap(1);

        pdf.paragraph("Dear Sir or Madam");
        pdf.heading("Outcome of the mini-competition: " + competition.title().strip());
        pdf.gap(0.6f);
        pdf.paragraph(council + " has evaluated the bids for ‘" + competition.title().strip() + "’ ("
                + competition.reference() + "), a mini-competition under the ‘" + competition.lotName().strip()
                + "’ lot of the " + competition.dpsName().strip() + ", and has decided to award the contract to "
                + winner.bidder() + ".");
        pdf.paragraph(switch (letter.outcome()) {
            case SUCCESSFUL -> "Your bid was successful: it ranked first of " + letter.rankedBids() + ".";
            case UNSUCCESSFUL -> "Your bid was not successful: it ranked " + letter.own().rank() + " of "
                    + letter.rankedBids() + ".";
            case EXCLUDED -> "Your bid was excluded from the evaluation and was not scored. "
                    + letter.exclusion().reason();
        });

        section(pdf, "How the bids were evaluated");
        pdf.paragraph(letter.model().describe());
        pdf.paragraph(Scoring.TIE_RULE);

        if (letter.own() != null) {
            section(pdf, "Your scores");
            scores(pdf, letter.model(), letter.own(), letter.rankedBids());
        }
        boolean successful = letter.outcome() == AwardOutcome.SUCCESSFUL;
        if (!successful) {
            section(pdf, "The successful bid's scores (" + winner.bidder() + ")");
            scores(pdf, letter.model(), winner, letter.rankedBids());
        }
        if (letter.advantages() != null) {
            section(pdf, "Relative advantages of the successful bid");
            advantages(pdf, letter.advantages());
        }

        section(pdf, "Standstill period");
        pdf.paragraph("The standstill period runs for " + standstill.mode().description() + ". It ends at midnight "
                + "at the end of " + StandstillPeriod.dayInWords(standstill.lastDay()) + " (UK time). " + council
                + " will not conclude the contract before then"
                + (successful ? "; once it has ended, we will send you the contract to conclude." : "."));

        // The sign-off stays on one page, with room for a signature.
        pdf.keepTogether(5);
        pdf.line("Yours faithfully");
        pdf.gap(2);
        pdf.line(competition.signedBy());
        pdf.line("for " + council);
    }

    private static void scores(PdfLetterWriter pdf, EvaluationModel model, RankedBid bid, int rankedBids)
            throws IOException {
        // A question is too long for the key column, so it has a line of its own above its score.
        for (QuestionScore score : bid.questionScores()) {
            pdf.keepTogether(2);
            pdf.line(score.question().text());
            pdf.keyValue("", score.moderatedScore() + " out of 5, earning " + score.score() + " of "
                    + score.question().weight() + " points");
        }
        // The four figures that sum a bid up stay on one page.
        pdf.keepTogether(4);
        pdf.keyValue("Quality score", bid.qualityScore() + " of " + model.qualityWeight() + " points");
        pdf.keyValue("Price", bid.price() + ", earning " + bid.priceScore() + " of " + model.priceWeight()
                + " points");
        pdf.keyValue("Total score", bid.total() + " of " + EvaluationModel.TOTAL_WEIGHT);
        pdf.keyValue("Rank", bid.rank() + " of " + rankedBids);
        pdf.gap(0.6f);
    }

    private static void advantages(PdfLetterWriter pdf, WinnerAdvantages advantages) throws IOException {
        RankedBid winner = advantages.winner();
        RankedBid yours = advantages.other();
        if (advantages.questions().isEmpty()) {
            pdf.paragraph("The successful bid did not score higher than yours on any quality question.");
        }
        for (WinnerAdvantages.QuestionAdvantage question : advantages.questions()) {
            pdf.numbered("•", "‘" + question.question().text() + "’: the successful bid earned "
                    + question.winnerScore() + " points, yours " + question.theirScore() + ".");
            pdf.gap(0.3f);
        }
        pdf.paragraph("Price: " + priceComparison(advantages.winnerPriceComparedWithTheirs(), winner.price(),
                yours.price()) + " The successful bid earned " + winner.priceScore() + " points for price, yours "
                + yours.priceScore() + ".");
        if (winner.total().compareTo(yours.total()) == 0) {
            pdf.paragraph("The two bids' total scores were equal, so the tie-break rule above decided.");
        }
    }

    private static String priceComparison(int winnerComparedWithYours, Money winner, Money yours) {
        if (winnerComparedWithYours == 0) {
            return "both bids had the same price, " + winner + ".";
        }
        return "the successful bid's price of " + winner + " was " + (winnerComparedWithYours < 0 ? "lower"
                : "higher") + " than yours of " + yours + ".";
    }
}
