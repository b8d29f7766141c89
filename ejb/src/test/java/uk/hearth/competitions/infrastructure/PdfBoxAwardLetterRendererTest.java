package uk.hearth.competitions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.hearth.testing.PdfText.assertContains;
import static uk.hearth.testing.ScoringSamples.DPS;
import static uk.hearth.testing.ScoringSamples.competition;
import static uk.hearth.testing.ScoringSamples.ranking;
import static uk.hearth.testing.ScoringSamples.standstill;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import uk.hearth.competitions.application.AwardLetter;
import uk.hearth.competitions.domain.Scoring;
import uk.hearth.shared.scoring.PriceScoring;
import uk.hearth.testing.PdfText;

class PdfBoxAwardLetterRendererTest {

    private static final List<AwardLetter> LETTERS = AwardLetter.forEveryBidder(competition(), ranking(), standstill());

    private final PdfBoxAwardLetterRenderer renderer = new PdfBoxAwardLetterRenderer();

    @Test
    void theWinnerIsToldItWonWithItsScoresAndWhenTheStandstillEnds() throws IOException {
        String text = text(0);
        assertContains(text, "Leicestershire County Council");
        assertContains(text, "16 November 2026 Our reference: MC-2026-0003 Beacon Homes");
        assertContains(text, "Leicestershire County Council has evaluated the bids for ‘Two beds for children under "
                + "10 within 20 miles’ (MC-2026-0003), a mini-competition under the ‘Residential children's homes’ "
                + "lot of the " + DPS + ", and has decided to award the contract to Beacon Homes.");
        assertContains(text, "Your bid was successful: it ranked first of 3.");
        assertContains(text, "Your scores How will you keep children safe? 5 out of 5, earning 30.00 of 30 points");
        assertContains(text, "Quality score 60.00 of 60 points");
        assertContains(text, "Price £1,200.00, earning 33.33 of 40 points");
        assertContains(text, "Total score 93.33 of 100 Rank 1 of 3");
        assertContains(text, "It ends at midnight at the end of Thursday 26 November 2026 (UK time). Leicestershire "
                + "County Council will not conclude the contract before then; once it has ended, we will send you "
                + "the contract to conclude.");
        assertFalse(text.contains("The successful bid's scores"), "The winner's scores are its own");
        assertFalse(text.contains("Relative advantages"));
        assertContains(text, "Yours faithfully Priya Shah for Leicestershire County Council");
    }

    @Test
    void anUnsuccessfulBidderGetsBothScoreSheetsAndTheWinnersAdvantages() throws IOException {
        String text = text(1);
        assertContains(text, "Your bid was not successful: it ranked 2 of 3.");
        assertContains(text, "Your scores How will you keep children safe? 4 out of 5, earning 24.00 of 30 points "
                + "How will you support education? 3 out of 5, earning 18.00 of 30 points");
        assertContains(text, "Price £1,000.00, earning 40.00 of 40 points Total score 82.00 of 100 Rank 2 of 3");
        assertContains(text, "The successful bid's scores (Beacon Homes) How will you keep children safe? 5 out of 5, "
                + "earning 30.00 of 30 points");
        assertContains(text, "Total score 93.33 of 100 Rank 1 of 3");
        assertContains(text, "Relative advantages of the successful bid • ‘How will you keep children safe?’: the "
                + "successful bid earned 30.00 points, yours 24.00. • ‘How will you support education?’: the "
                + "successful bid earned 30.00 points, yours 18.00.");
        assertContains(text, "Price: the successful bid's price of £1,200.00 was higher than yours of £1,000.00. The "
                + "successful bid earned 33.33 points for price, yours 40.00.");
        assertContains(text, "Leicestershire County Council will not conclude the contract before then.");
    }

    @Test
    void advantagesListOnlyTheQuestionsTheWinnerScoredHigherOn() throws IOException {
        String text = text(2);
        assertFalse(text.contains("‘How will you keep children safe?’: the successful bid earned"),
                "Cedar Lodge matched the winner on safety");
        assertContains(text, "‘How will you support education?’: the successful bid earned 30.00 points, yours 6.00.");
        assertContains(text, "Price: the successful bid's price of £1,200.00 was lower than yours of £1,500.00.");
    }

    @Test
    void anExcludedBidderIsToldWhyAndSeesTheWinnersScores() throws IOException {
        String text = text(3);
        assertContains(text, "Your bid was excluded from the evaluation and was not scored. It failed the pass/fail "
                + "question ‘Is every home registered with Ofsted?’.");
        assertFalse(text.contains("Your scores"));
        assertContains(text, "The successful bid's scores (Beacon Homes)");
        assertFalse(text.contains("Relative advantages"));
    }

    @Test
    void statesTheAwardCriteriaAndTheTieRule() throws IOException {
        String text = text(1);
        assertContains(text, "How the bids were evaluated Quality 60% (2 questions), price 40%; a bid must first "
                + "pass 2 pass/fail questions. " + PriceScoring.LOWEST_PRICE_RATIO.description());
        assertContains(text, Scoring.TIE_RULE);
        assertContains(text, "The standstill period runs for 10 calendar days, counted from the day after the award "
                + "decision;");
    }

    @Test
    void describesTheDocumentAndFootsEveryPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(LETTERS.get(1)))) {
            assertEquals("Award letter MC-2026-0003 for Acorn Care", pdf.getDocumentInformation().getTitle());
            assertEquals("Leicestershire County Council", pdf.getDocumentInformation().getAuthor());
            int pages = pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                assertContains(PdfText.ofPage(pdf, page), DPS + " · MC-2026-0003 · page " + page + " of " + pages);
            }
        }
    }

    private String text(int letter) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(LETTERS.get(letter)))) {
            return PdfText.of(pdf);
        }
    }
}
