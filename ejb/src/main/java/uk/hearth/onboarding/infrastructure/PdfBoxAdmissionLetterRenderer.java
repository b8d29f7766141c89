package uk.hearth.onboarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import uk.hearth.documents.infrastructure.PdfLetterWriter;
import uk.hearth.onboarding.application.AdmissionLetter;
import uk.hearth.onboarding.application.AdmissionLetterRenderer;

/**
 * Renders admission letters as A4 PDFs. Not final: CDI proxies application-scoped beans. It holds no state; each
 * letter gets its own writer.
 */
@ApplicationScoped
public class PdfBoxAdmissionLetterRenderer implements AdmissionLetterRenderer {

    @Override
    public byte[] render(AdmissionLetter letter) {
        try (PdfLetterWriter pdf = new PdfLetterWriter()) {
            write(letter, pdf);
            pdf.describe("Admission letter " + letter.reference(), letter.councilName(), letter.lotName());
            return pdf.toPdf(letter.dpsName().strip() + " · " + letter.reference());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render admission letter " + letter.reference(), e);
        }
    }

    private static void write(AdmissionLetter letter, PdfLetterWriter pdf) throws IOException {
        String council = letter.councilName().strip();
        String organisation = letter.organisationLegalName().strip();
        String lot = letter.lotName().strip();
        String date = PdfLetterWriter.ukDate(letter.admittedOn());

        pdf.letterhead(council);
        pdf.gap(1);
        pdf.line(date);
        pdf.line("Our reference: " + letter.reference());
        pdf.gap(1);

        pdf.line(organisation);
        String tradingName = letter.organisationTradingName();
        if (tradingName != null && !tradingName.isBlank() && !tradingName.strip().equalsIgnoreCase(organisation)) {
            pdf.line("trading as " + tradingName.strip());
        }
        if (letter.organisationAddress() != null) {
            for (String line : letter.organisationAddress().split("\\R")) {
                pdf.line(line);
            }
        }
        pdf.gap(1);

        pdf.paragraph("Dear Sir or Madam");
        pdf.heading("Admission to the dynamic purchasing system: " + lot);
        pdf.gap(0.6f);
        pdf.paragraph(council + " has evaluated your application against the selection criteria of the "
                + letter.dpsName().strip() + " and admits " + organisation + " to the lot ‘" + lot + "’ from "
                + date + ".");
        pdf.paragraph("Admission lets " + organisation + " receive placement requests and invitations to "
                + "mini-competitions for this lot, on the same terms as every other admitted provider.");
        pdf.paragraph("You must keep your insurance, registration and other mandatory documents up to date in "
                + "Hearth. If a mandatory document expires, " + organisation + " is suspended from new placement "
                + "requests until a valid replacement has been accepted.");
        pdf.paragraph("Using Hearth is free of charge to providers.");

        pdf.heading("Conditions of admission");
        pdf.gap(0.3f);
        if (letter.conditions().isEmpty()) {
            pdf.paragraph("No further conditions.");
        }
        for (int i = 0; i < letter.conditions().size(); i++) {
            pdf.numbered((i + 1) + ".", letter.conditions().get(i));
            pdf.gap(0.3f);
        }
        pdf.gap(0.6f);

        // The sign-off stays on one page, with room for a signature.
        pdf.keepTogether(5);
        pdf.line("Yours faithfully");
        pdf.gap(2);
        pdf.line(letter.signedBy());
        pdf.line("for " + council);
    }
}
