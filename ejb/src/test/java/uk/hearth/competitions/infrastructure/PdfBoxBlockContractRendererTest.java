package uk.hearth.competitions.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.hearth.testing.PdfText.assertContains;
import static uk.hearth.testing.ScoringSamples.CONCLUDED_AT;
import static uk.hearth.testing.ScoringSamples.DPS;
import static uk.hearth.testing.ScoringSamples.contract;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import uk.hearth.testing.PdfText;

class PdfBoxBlockContractRendererTest {

    private final PdfBoxBlockContractRenderer renderer = new PdfBoxBlockContractRenderer();

    @Test
    void writesTheParticulars() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(contract(CONCLUDED_AT)))) {
            String text = PdfText.of(pdf);
            assertContains(text, "Block Contract Contract reference: BC-2026-0003 Concluded on 27 November 2026");
            assertContains(text, "The council Leicestershire County Council The provider Beacon Homes Ltd 3 Mill Lane "
                    + "Hinckley LE10 1AA");
            assertContains(text, "The provider's bid was ranked first in the mini-competition ‘Two beds for children "
                    + "under 10 within 20 miles’ (MC-2026-0003) under the ‘Residential children's homes’ lot of the "
                    + DPS + ". The council decided the award on 16 November 2026; the standstill period ended at "
                    + "midnight at the end of 26 November 2026, before this contract was concluded.");
            assertContains(text, "Contract type Block beds Quantity 2 beds");
            assertContains(text, "Start date 4 January 2027 Initial term 36 months, to 3 January 2030");
            assertContains(text, "Extension the council may extend the contract by up to 12 months, to 3 January 2031");
            assertContains(text, "Staffing £8,200.00 Premises £1,600.00 Education £1,000.00 Activities and transport "
                    + "£600.00 Weekly price £11,400.00 for the whole block");
            assertContains(text, "Contract value £1,778,400.00 over the initial term (estimated)");
            assertContains(text, "Key terms 1. The provider holds both beds for children the council places");
            assertContains(text, "2. The council pays for both beds every week, whether or not a child is placed in "
                    + "them.");
            assertContains(text, "For the council: Priya Shah, 27 November 2026");
            assertContains(text, "For the provider: accepted in Hearth by m.jones@beacon.example, 27 November 2026");
            assertContains(text, DPS + " · BC-2026-0003 · page 1 of ");
        }
    }

    @Test
    void isA4AndDescribed() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(contract(CONCLUDED_AT)))) {
            assertEquals("Block Contract BC-2026-0003", pdf.getDocumentInformation().getTitle());
            assertEquals("Leicestershire County Council", pdf.getDocumentInformation().getAuthor());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 0.01);
        }
    }
}
