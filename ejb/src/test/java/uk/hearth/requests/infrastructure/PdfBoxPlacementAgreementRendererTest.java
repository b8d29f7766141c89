package uk.hearth.requests.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.PdfText.assertContains;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import uk.hearth.requests.application.PlacementAgreement;
import uk.hearth.shared.money.Money;
import uk.hearth.testing.PdfText;

class PdfBoxPlacementAgreementRendererTest {

    private static final String DPS = "Hearth dynamic purchasing system for children's placements";
    private static final String ADDRESS = "12 Forest Road\nLoughborough\nLE11 3NP";

    private final PdfBoxPlacementAgreementRenderer renderer = new PdfBoxPlacementAgreementRenderer();

    @Test
    void writesTheAgreement() throws IOException {
        try (PDDocument pdf = render(agreement(new BigDecimal("20"), ADDRESS))) {
            String text = PdfText.of(pdf);
            assertContains(text, "Individual Placement Agreement");
            assertContains(text, "Agreement reference: IPA-2026-00012");
            assertContains(text, "Agreed on 20 November 2026");
            assertContains(text, "The council Leicestershire County Council");
            assertContains(text, "The provider Charnwood Children's Homes Ltd 12 Forest Road Loughborough LE11 3NP");
            assertContains(text, "Home Beacon House");
            assertContains(text, "Ofsted URN SC123456");
            assertContains(text, "Postcode LE11 2AB");
            assertContains(text, "Start date 23 November 2026");
            assertContains(text, "Initial period 12 weeks");
            assertContains(text, "Review date 15 February 2027");
            assertContains(text, "Core weekly fee £4,000.00");
            assertContains(text, "Additional staffing 20 hours a week at £25.00 an hour = £500.00");
            assertContains(text, "Education £300.00");
            assertContains(text, "Transport £250.00");
            assertContains(text, "Other £150.00");
            assertContains(text, "Total weekly fee £5,200.00");
            assertContains(text, "Invoice the council monthly in arrears quoting INV-2026-00012.");
            assertContains(text, "For the council: Priya Shah, 20 November 2026");
            assertContains(text,
                    "For the provider: confirmed in Hearth by j.okafor@charnwood.example, 20 November 2026");
            assertContains(text, DPS + " · IPA-2026-00012 · page 1 of ");
        }
    }

    @Test
    void identifiesTheChildOnlyByTheRequestReference() throws IOException {
        try (PDDocument pdf = render(agreement(new BigDecimal("20"), null))) {
            assertContains(PdfText.of(pdf), "The child The child is identified in this agreement only by the council's "
                    + "request reference REQ-2026-00042; the council gives the provider the child's details "
                    + "separately and securely.");
        }
    }

    @Test
    void listsTheKeyTerms() throws IOException {
        try (PDDocument pdf = render(agreement(new BigDecimal("20"), null))) {
            String text = PdfText.of(pdf);
            assertContains(text, "Key terms 1. The placement is made under the terms of the council's dynamic "
                    + "purchasing system for the ‘Residential children's homes’ lot.");
            assertContains(text, "2. The provider tells the council at once of any notifiable event, incident or "
                    + "change to the home's registration or Ofsted judgement.");
            assertContains(text, "3. The fee is reviewed only through Hearth's annual fee-uplift process.");
            assertContains(text, "4. Either party may end the placement on 28 days' notice, or at once where the "
                    + "child's safety requires it.");
            assertContains(text, "5. The council reviews the placement by 15 February 2027.");
        }
    }

    @Test
    void saysWhenNoExtraStaffingWasAgreed() throws IOException {
        try (PDDocument pdf = render(agreement(BigDecimal.ZERO, null))) {
            assertContains(PdfText.of(pdf), "Additional staffing none Education");
        }
    }

    @Test
    void writesPartHoursAndRoundsTheirCostToThePenny() throws IOException {
        try (PDDocument pdf = render(agreement(new BigDecimal("7.50"), Money.of("25.15"), null))) {
            assertContains(PdfText.of(pdf), "Additional staffing 7.5 hours a week at £25.15 an hour = £188.63");
        }
    }

    @Test
    void isA4WithAFooterOnEveryPage() throws IOException {
        try (PDDocument pdf = render(agreement(new BigDecimal("20"), ADDRESS))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2, "The sample agreement runs on to a second page, not " + pages);
            for (int page = 1; page <= pages; page++) {
                PDRectangle size = pdf.getPage(page - 1).getMediaBox();
                assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 0.01);
                assertContains(PdfText.ofPage(pdf, page), DPS + " · IPA-2026-00012 · page " + page + " of " + pages);
            }
        }
    }

    @Test
    void describesTheDocument() throws IOException {
        try (PDDocument pdf = render(agreement(new BigDecimal("20"), null))) {
            PDDocumentInformation information = pdf.getDocumentInformation();
            assertEquals("Individual Placement Agreement IPA-2026-00012", information.getTitle());
            assertEquals("Leicestershire County Council", information.getAuthor());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
        }
    }

    private PDDocument render(PlacementAgreement agreement) throws IOException {
        return Loader.loadPDF(renderer.render(agreement));
    }

    private static PlacementAgreement agreement(BigDecimal staffingHours, String providerAddress) {
        return agreement(staffingHours, Money.of("25.00"), providerAddress);
    }

    private static PlacementAgreement agreement(BigDecimal staffingHours, Money rate, String providerAddress) {
        Money total = Money.of("4700.00").plus(rate.times(staffingHours));
        return new PlacementAgreement("IPA-2026-00012", "Leicestershire County Council",
                "Charnwood Children's Homes Ltd", providerAddress, "REQ-2026-00042", "Residential children's homes",
                "Beacon House", "SC123456", "LE11 2AB", LocalDate.of(2026, 11, 23), 12, LocalDate.of(2027, 2, 15),
                Money.of("4000.00"), staffingHours, rate, Money.of("300.00"), Money.of("250.00"),
                Money.of("150.00"), total, "INV-2026-00012", LocalDate.of(2026, 11, 20), "Priya Shah",
                "j.okafor@charnwood.example", DPS);
    }
}
