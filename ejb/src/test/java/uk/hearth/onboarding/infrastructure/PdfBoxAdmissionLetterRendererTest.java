package uk.hearth.onboarding.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.hearth.testing.PdfText.assertContains;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.hearth.onboarding.application.AdmissionLetter;
import uk.hearth.testing.PdfText;

class PdfBoxAdmissionLetterRendererTest {

    private static final String DPS = "Hearth dynamic purchasing system for children's placements";

    private final PdfBoxAdmissionLetterRenderer renderer = new PdfBoxAdmissionLetterRenderer();

    @Test
    void writesTheLetter() throws IOException {
        AdmissionLetter letter = letter("Charnwood Children's Homes Ltd", "Charnwood Homes",
                List.of("Notify the council within 5 working days of any Ofsted inspection outcome.",
                        "Keep at least £10m public liability insurance."));
        try (PDDocument pdf = Loader.loadPDF(renderer.render(letter))) {
            String text = PdfText.of(pdf);
            assertContains(text, "Leicestershire County Council");
            assertContains(text, "22 November 2026");
            assertContains(text, "Our reference: ADM-2026-0007");
            assertContains(text, "Charnwood Children's Homes Ltd");
            assertContains(text, "trading as Charnwood Homes");
            assertContains(text, "12 Forest Road Loughborough LE11 3NP");
            assertContains(text, "Admission to the dynamic purchasing system: Residential children's homes");
            assertContains(text, "admits Charnwood Children's Homes Ltd to the lot ‘Residential children's homes’ "
                    + "from 22 November 2026.");
            assertContains(text, "placement requests and invitations to mini-competitions");
            assertContains(text, "is suspended from new placement requests until a valid replacement");
            assertContains(text, "free of charge to providers");
            assertContains(text, "Conditions of admission");
            assertContains(text, "1. Notify the council within 5 working days of any Ofsted inspection outcome.");
            assertContains(text, "2. Keep at least £10m public liability insurance.");
            assertContains(text, "Yours faithfully");
            assertContains(text, "Priya Shah");
            assertContains(text, "for Leicestershire County Council");
            assertContains(text, DPS + " · ADM-2026-0007 · page 1 of 1");
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void isA4() throws IOException {
        AdmissionLetter letter = letter("Charnwood Children's Homes Ltd", null, List.of());
        try (PDDocument pdf = Loader.loadPDF(renderer.render(letter))) {
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 0.01);
        }
    }

    @Test
    void saysWhenThereAreNoConditions() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(letter("Soar Valley Fostering CIC", null, List.of())))) {
            String text = PdfText.of(pdf);
            assertContains(text, "Conditions of admission No further conditions.");
            assertFalse(text.contains("trading as"), text);
        }
    }

    @Test
    void leavesOutATradingNameThatIsTheLegalName() throws IOException {
        AdmissionLetter letter = letter("Soar Valley Fostering CIC", "soar valley fostering cic", List.of());
        try (PDDocument pdf = Loader.loadPDF(renderer.render(letter))) {
            assertFalse(PdfText.of(pdf).contains("trading as"));
        }
    }

    @Test
    void describesTheDocument() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(letter("Soar Valley Fostering CIC", null, List.of())))) {
            PDDocumentInformation information = pdf.getDocumentInformation();
            assertEquals("Admission letter ADM-2026-0007", information.getTitle());
            assertEquals("Leicestershire County Council", information.getAuthor());
            assertEquals("Residential children's homes", information.getSubject());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void runsOnToFurtherPagesWithAFooterOnEach() throws IOException {
        List<String> conditions = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            conditions.add("Condition " + i + ": the provider shall report every notifiable event to the placing "
                    + "authority and to Ofsted within one working day, and shall keep a written record of what "
                    + "was reported, when, and to whom, for inspection on request.");
        }
        try (PDDocument pdf = Loader.loadPDF(renderer.render(letter("Soar Valley Fostering CIC", null, conditions)))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "60 long conditions take several pages, not " + pages);
            for (int page = 1; page <= pages; page++) {
                assertContains(PdfText.ofPage(pdf, page), DPS + " · ADM-2026-0007 · page " + page + " of " + pages);
            }
            String text = PdfText.of(pdf);
            for (int i = 1; i <= 60; i++) {
                assertContains(text, i + ". Condition " + i + ": the provider shall report");
            }
            assertContains(PdfText.ofPage(pdf, pages), "Yours faithfully Priya Shah for Leicestershire County Council");
        }
    }

    @Test
    void writesLettersHelveticaHasAndQuestionMarksForTheRest() throws IOException {
        AdmissionLetter letter = letter("Zoë’s Homes – Ltd", "Łódź → Homes 🏠",
                List.of("Café “Ørsted” àçè"));
        try (PDDocument pdf = Loader.loadPDF(renderer.render(letter))) {
            String text = PdfText.of(pdf);
            assertContains(text, "Zoë’s Homes – Ltd");
            assertContains(text, "trading as ?ód? ? Homes ?");
            assertContains(text, "1. Café “Ørsted” àçè");
        }
    }

    @Test
    void wrapsAWordLongerThanALine() throws IOException {
        String longWord = "x".repeat(400);
        try (PDDocument pdf = Loader.loadPDF(renderer.render(letter("Soar Valley Fostering CIC", null,
                List.of(longWord))))) {
            String joined = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertTrue(joined.contains("1." + longWord + "Yours"), joined);
        }
    }

    private static AdmissionLetter letter(String legalName, String tradingName, List<String> conditions) {
        return new AdmissionLetter("ADM-2026-0007", "Leicestershire County Council", legalName, tradingName,
                "12 Forest Road\nLoughborough\nLE11 3NP", "Residential children's homes", LocalDate.of(2026, 11, 22),
                conditions, "Priya Shah", DPS);
    }
}
