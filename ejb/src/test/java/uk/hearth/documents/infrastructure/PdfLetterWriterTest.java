package uk.hearth.documents.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Letters lay out every word, in order, within the page, whatever the text holds. */
class PdfLetterWriterTest {

    @Test
    void aLongParagraphWrapsOntoLinesThatKeepEveryWordInOrder() throws IOException {
        String words = "The provider will give at least twenty eight days notice in writing before ending the placement,"
                + " except where the child is at immediate risk of harm, when notice may be given at once.";
        List<String> lines = linesOf(render(words + " " + words + " " + words));

        String joined = String.join(" ", lines.subList(1, lines.size() - 1));
        assertEquals(words + " " + words + " " + words, joined);
        assertTrue(lines.size() > 4, "wrapped over several lines: " + lines);
    }

    @Test
    void aWordLongerThanALineIsBrokenAndNothingIsLost() throws IOException {
        String word = "x".repeat(400);
        List<String> lines = linesOf(render("Reference " + word + " ends"));

        // The short word keeps its own line; the long one starts afresh and runs on over as many lines as it needs.
        assertEquals("Reference", lines.get(1));
        assertEquals(word + " ends", String.join("", lines.subList(2, lines.size() - 1)));
        assertTrue(lines.size() > 4, "the long word took several lines: " + lines);
    }

    @Test
    void charactersTheFontLacksAreShownAsQuestionMarksAndAccentsAreKept() throws IOException {
        List<String> lines = linesOf(render("Café for Zoë → 子供 ok"));

        assertEquals("Café for Zoë ? ?? ok", lines.get(1));
    }

    private static byte[] render(String paragraph) throws IOException {
        try (PdfLetterWriter pdf = new PdfLetterWriter()) {
            pdf.letterhead("Letter");
            pdf.paragraph(paragraph);
            return pdf.toPdf("Footer");
        }
    }

    /** The letterhead first, the footer last, the paragraph's lines between. */
    private static List<String> linesOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }
}
