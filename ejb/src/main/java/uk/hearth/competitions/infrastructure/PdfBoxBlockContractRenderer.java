package uk.hearth.competitions.infrastructure;

import static uk.hearth.competitions.infrastructure.CompetitionPdf.section;
import static uk.hearth.documents.infrastructure.PdfLetterWriter.count;
import static uk.hearth.documents.infrastructure.PdfLetterWriter.ukDate;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import uk.hearth.competitions.application.BlockContractRenderer;
import uk.hearth.competitions.application.ContractParticulars;
import uk.hearth.competitions.domain.PriceLine;
import uk.hearth.competitions.domain.StandstillPeriod;
import uk.hearth.documents.infrastructure.PdfLetterWriter;
import uk.hearth.shared.time.HearthClock;

/**
 * Renders block contracts awarded through mini-competitions as A4 PDFs. Not final: CDI proxies application-scoped
 * beans. It holds no state; each contract gets its own writer.
 */
@ApplicationScoped
public class PdfBoxBlockContractRenderer implements BlockContractRenderer {

    private static final String TITLE = "Block Contract";

    @Override
    public byte[] render(ContractParticulars contract) {
        try (PdfLetterWriter pdf = new PdfLetterWriter()) {
            write(contract, pdf);
            pdf.describe(TITLE + " " + contract.reference(), contract.councilName(),
                    "Awarded through mini-competition " + contract.competitionReference());
            return pdf.toPdf(contract.dpsName().strip() + " · " + contract.reference());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render block contract " + contract.reference(), e);
        }
    }

    private static void write(ContractParticulars contract, PdfLetterWriter pdf) throws IOException {
        String council = contract.councilName().strip();
        String concludedOn = ukDate(contract.concludedAt().atZone(HearthClock.LONDON).toLocalDate());
        StandstillPeriod standstill = contract.standstill();

        pdf.letterhead(TITLE);
        pdf.gap(1);
        pdf.line("Contract reference: " + contract.reference());
        pdf.line("Concluded on " + concludedOn);
        pdf.gap(1);

        section(pdf, "The parties");
        pdf.keyValue("The council", council);
        pdf.keyValue("The provider", contract.providerLegalName().strip());
        if (contract.providerAddress() != null) {
            for (String line : contract.providerAddress().split("\\R")) {
                pdf.keyValue("", line);
            }
        }
        pdf.gap(0.6f);

        section(pdf, "How the contract was awarded");
        pdf.paragraph("The provider's bid was ranked first in the mini-competition ‘"
                + contract.competitionTitle().strip() + "’ (" + contract.competitionReference() + ") under the ‘"
                + contract.lotName().strip() + "’ lot of the " + contract.dpsName().strip() + ". The council decided "
                + "the award on " + ukDate(standstill.decisionDay()) + "; the standstill period ended at midnight at "
                + "the end of " + ukDate(standstill.lastDay()) + ", before this contract was concluded.");

        section(pdf, "What the council buys");
        pdf.keyValue("Contract type", contract.type().label());
        pdf.keyValue("Quantity", count(contract.quantity(), contract.type().unit(), contract.type().units()));
        pdf.gap(0.6f);

        section(pdf, "Term");
        pdf.keyValue("Start date", ukDate(contract.startDate()));
        pdf.keyValue("Initial term", months(contract.termMonths()) + ", to " + ukDate(contract.endDate()));
        pdf.keyValue("Extension", contract.extensionMonths() == 0 ? "none"
                : "the council may extend the contract by up to " + months(contract.extensionMonths()) + ", to "
                        + ukDate(contract.endDateIfExtended()));
        pdf.gap(0.6f);

        section(pdf, "Price");
        for (ContractParticulars.PriceLine line : contract.priceBreakdown()) {
            pdf.keyValue(line.item(), line.weeklyAmount().toString());
        }
        pdf.keyValue("Weekly price", contract.weeklyPrice() + " for the whole block");
        pdf.keyValue("Contract value", contract.contractValue() + " over the initial term (estimated)");
        pdf.gap(0.6f);

        section(pdf, "Key terms");
        for (int i = 0; i < contract.keyTerms().size(); i++) {
            pdf.numbered((i + 1) + ".", contract.keyTerms().get(i));
            pdf.gap(0.3f);
        }
        pdf.gap(0.6f);

        // Both signatures stay on one page, under their heading.
        pdf.keepTogether(5);
        section(pdf, "Signatures");
        pdf.line("For the council: " + contract.signedForCouncilBy().strip() + ", " + concludedOn);
        pdf.line("For the provider: accepted in Hearth by " + contract.signedForProviderBy().strip() + ", "
                + concludedOn);
    }

    private static String months(int months) {
        return count(BigDecimal.valueOf(months), "month", "months");
    }
}
