package uk.hearth.uplifts.infrastructure;

import static uk.hearth.documents.infrastructure.PdfLetterWriter.ukDate;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import uk.hearth.documents.infrastructure.PdfLetterWriter;
import uk.hearth.shared.money.Money;
import uk.hearth.uplifts.application.UpliftLetter;
import uk.hearth.uplifts.application.UpliftLetterRenderer;
import uk.hearth.uplifts.domain.FeeChange;

/** Renders fee uplift decision letters as A4 PDFs, one writer per letter. */
@ApplicationScoped
public class PdfBoxUpliftLetterRenderer implements UpliftLetterRenderer {

    private static final String TITLE = "Fee uplift decision";
    private static final String REVIEW_TITLE = "Fee uplift decision on review";

    @Override
    public byte[] render(UpliftLetter letter) {
        try (PdfLetterWriter pdf = new PdfLetterWriter()) {
            write(letter, pdf);
            pdf.describe(TITLE + " " + letter.reference(), letter.councilName(), letter.windowName());
            return pdf.toPdf(letter.dpsName().strip() + " · " + letter.reference());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render fee uplift letter " + letter.reference(), e);
        }
    }

    private static void write(UpliftLetter letter, PdfLetterWriter pdf) throws IOException {
        pdf.letterhead(letter.review() ? REVIEW_TITLE : TITLE);
        pdf.gap(1);
        pdf.line("Request reference: " + letter.reference());
        pdf.line("Decided on " + ukDate(letter.decidedOn()));
        pdf.gap(1);
        pdf.line("Dear " + letter.providerName().strip() + ",");
        pdf.gap(0.5f);
        pdf.paragraph(letter.councilName().strip() + " has decided " + (letter.review() ? "the review you asked for of " : "")
                + "your request in " + letter.windowName().strip()
                + " for placement " + letter.placementReference() + " at ‘" + letter.homeName().strip() + "’.");
        pdf.gap(0.5f);
        pdf.heading("The decision");
        pdf.keyValue("Decision", letter.decision());
        pdf.keyValue("Weekly fee until now", letter.currentFee().toString());
        pdf.keyValue("Weekly fee asked for", letter.askedFee().toString());
        if (letter.newFee() != null) {
            FeeChange change = new FeeChange(letter.currentFee(), letter.newFee());
            pdf.keyValue("New weekly fee", letter.newFee() + " (" + change.amount() + " a week, " + change.percent() + "%)");
            pdf.keyValue("Effective from", ukDate(letter.effectiveFrom()));
            pdf.keyValue("Back pay", backPay(letter));
        } else {
            pdf.keyValue("Weekly fee", letter.currentFee() + ", unchanged");
        }
        pdf.gap(0.5f);
        if (letter.reasons() != null) {
            pdf.heading("Reasons");
            pdf.paragraph(letter.reasons());
        }
        pdf.heading("What happens next");
        if (letter.review()) {
            pdf.paragraph("A different officer from the one who decided first has reviewed the decision. This outcome is"
                    + " final." + (letter.backPay().isPositive() ? " The back pay is the whole owed since the effective date,"
                    + " including any the first decision gave." : ""));
        } else {
            pdf.paragraph(letter.newFee() == null ? "The placement's fee stays as it is. You may ask once for a review of"
                    + " this decision, with your reasons, within 10 working days; a different officer of the council decides it."
                    : "Invoice the new fee from the effective date, quoting the placement's invoicing reference."
                            + (letter.backPay().isPositive() ? " The back pay covers the days from the effective date to the"
                                    + " decision; add it to your next invoice." : ""));
        }
        pdf.gap(1);
        pdf.line("Decided by " + letter.decidedBy() + " for " + letter.councilName().strip());
    }

    private static String backPay(UpliftLetter letter) {
        Money owed = letter.backPay();
        return owed.isPositive() ? owed + " for the days from " + ukDate(letter.effectiveFrom()) + " to "
                + ukDate(letter.decidedOn()) : "none (decided before the effective date)";
    }
}
