package uk.hearth.requests.infrastructure;

import static uk.hearth.documents.infrastructure.PdfLetterWriter.count;
import static uk.hearth.documents.infrastructure.PdfLetterWriter.ukDate;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import uk.hearth.documents.infrastructure.PdfLetterWriter;
import uk.hearth.requests.application.PlacementAgreement;
import uk.hearth.requests.application.PlacementAgreementRenderer;
import uk.hearth.shared.money.Money;

/**
 * Renders Individual Placement Agreements as A4 PDFs. Not final: CDI proxies application-scoped beans. It holds no
 * state; each agreement gets its own writer.
 */
@ApplicationScoped
public class PdfBoxPlacementAgreementRenderer implements PlacementAgreementRenderer {

    private static final String TITLE = "Individual Placement Agreement";

    @Override
    public byte[] render(PlacementAgreement agreement) {
        try (PdfLetterWriter pdf = new PdfLetterWriter()) {
            write(agreement, pdf);
            pdf.describe(TITLE + " " + agreement.reference(), agreement.councilName(),
                    "Placement for request " + agreement.requestReference());
            return pdf.toPdf(agreement.dpsName().strip() + " · " + agreement.reference());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render placement agreement " + agreement.reference(), e);
        }
    }

    private static void write(PlacementAgreement agreement, PdfLetterWriter pdf) throws IOException {
        String council = agreement.councilName().strip();
        String agreedOn = ukDate(agreement.agreedOn());

        pdf.letterhead(TITLE);
        pdf.gap(1);
        pdf.line("Agreement reference: " + agreement.reference());
        pdf.line("Agreed on " + agreedOn);
        pdf.gap(1);

        section(pdf, "The parties");
        pdf.keyValue("The council", council);
        pdf.keyValue("The provider", agreement.providerLegalName().strip());
        if (agreement.providerAddress() != null) {
            for (String line : agreement.providerAddress().split("\\R")) {
                pdf.keyValue("", line);
            }
        }
        pdf.gap(0.6f);

        section(pdf, "The child");
        pdf.paragraph("The child is identified in this agreement only by the council's request reference "
                + agreement.requestReference() + "; the council gives the provider the child's details separately "
                + "and securely.");

        section(pdf, "The home");
        pdf.keyValue("Home", agreement.homeName().strip());
        pdf.keyValue("Ofsted URN", agreement.homeOfstedUrn());
        pdf.keyValue("Postcode", agreement.homePostcode());
        pdf.gap(0.6f);

        section(pdf, "Start and review");
        pdf.keyValue("Start date", ukDate(agreement.startDate()));
        pdf.keyValue("Initial period", count(BigDecimal.valueOf(agreement.initialPeriodWeeks()), "week", "weeks"));
        pdf.keyValue("Review date", ukDate(agreement.reviewDate()));
        pdf.gap(0.6f);

        section(pdf, "Weekly fee");
        pdf.keyValue("Core weekly fee", agreement.coreWeeklyFee().toString());
        pdf.keyValue("Additional staffing", staffing(agreement));
        pdf.keyValue("Education", agreement.educationWeeklyFee().toString());
        pdf.keyValue("Transport", agreement.transportWeeklyFee().toString());
        pdf.keyValue("Other", agreement.otherWeeklyFee().toString());
        pdf.keyValue("Total weekly fee", agreement.totalWeeklyFee().toString());
        pdf.gap(0.6f);

        section(pdf, "Invoicing");
        pdf.paragraph("Invoice the council monthly in arrears quoting " + agreement.invoicingReference() + ".");

        section(pdf, "Key terms");
        String[] terms = {
            "The placement is made under the terms of the council's dynamic purchasing system for the ‘"
                    + agreement.lotName().strip() + "’ lot.",
            "The provider tells the council at once of any notifiable event, incident or change to the home's "
                    + "registration or Ofsted judgement.",
            "The fee is reviewed only through Hearth's annual fee-uplift process.",
            "Either party may end the placement on 28 days' notice, or at once where the child's safety requires it.",
            "The council reviews the placement by " + ukDate(agreement.reviewDate()) + ".",
        };
        for (int i = 0; i < terms.length; i++) {
            pdf.numbered((i + 1) + ".", terms[i]);
            pdf.gap(0.3f);
        }
        pdf.gap(0.6f);

        // Both signatures stay on one page, under their heading.
        pdf.keepTogether(5);
        section(pdf, "Signatures");
        pdf.line("For the council: " + agreement.signedForCouncilBy().strip() + ", " + agreedOn);
        pdf.line("For the provider: confirmed in Hearth by " + agreement.confirmedByProviderUser().strip() + ", "
                + agreedOn);
    }

    private static void section(PdfLetterWriter pdf, String heading) throws IOException {
        pdf.heading(heading);
        pdf.gap(0.3f);
    }

    /** Such as "20 hours a week at £25.00 an hour = £500.00", or "none" when no extra staffing was agreed. */
    private static String staffing(PlacementAgreement agreement) {
        BigDecimal hours = agreement.staffingHoursPerWeek();
        if (hours.signum() == 0) {
            return "none";
        }
        Money rate = agreement.staffingHourlyRate();
        return count(hours, "hour", "hours") + " a week at " + rate + " an hour = " + rate.times(hours);
    }
}
