package uk.hearth.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF's text read back for assertions. */
public final class PdfText {

    private PdfText() {
    }

    /** The whole text with line breaks and runs of spaces as single spaces, so wrapped phrases still match. */
    public static String of(PDDocument pdf) throws IOException {
        return of(pdf, 1, Integer.MAX_VALUE);
    }

    /** The whole text of the PDF file {@code pdf}, spaced as {@link #of(PDDocument)}. */
    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return of(document);
        }
    }

    /** The text of one page, counted from 1, spaced as {@link #of(PDDocument)}. */
    public static String ofPage(PDDocument pdf, int page) throws IOException {
        return of(pdf, page, page);
    }

    public static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "Expected ‘" + expected + "’ in: " + text);
    }

    private static String of(PDDocument pdf, int firstPage, int lastPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
