package uk.hearth.documents.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import uk.hearth.shared.time.DeadlineWords;

/**
 * Writes one A4 letter in Helvetica, one of the fonts every PDF reader has, so nothing is embedded: text runs down
 * the page, wrapped to the margins, and on to a new page whenever one is full. Use a writer for one document only,
 * from one thread, as PDFBox fonts are not safe to share between threads.
 */
public final class PdfLetterWriter implements Closeable {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 72; // one inch, about 25 mm
    private static final float LEFT = MARGIN;
    private static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - 60;
    private static final float BOTTOM = MARGIN;
    private static final float FOOTER_BASELINE = 40;

    private static final float LETTERHEAD_SIZE = 16;
    private static final float HEADING_SIZE = 12;
    private static final float BODY_SIZE = 11;
    private static final float FOOTER_SIZE = 8;
    private static final float LINE_SPACING = 1.35f;
    private static final float HANGING_INDENT = 20;
    private static final float KEY_WIDTH = 142;
    private static final float KEY_COLUMN = KEY_WIDTH + 8; // a gutter, so a full-width key never touches its value

    private final PDFont regular = new PDType1Font(FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private PDPageContentStream stream;
    private float cursor; // the top of the space left on the current page

    /** A day as letters write it, such as "22 November 2026". */
    public static String ukDate(LocalDate day) {
        return DeadlineWords.day(day);
    }

    /** A number and what it counts, such as "1 week", "12 weeks" or "7.5 hours". */
    public static String count(BigDecimal amount, String one, String many) {
        return amount.stripTrailingZeros().toPlainString() + " " + (amount.compareTo(BigDecimal.ONE) == 0 ? one : many);
    }

    /** The sender's name in large bold type, ruled off from the rest of the page. */
    public void letterhead(String text) throws IOException {
        write(text, bold, LETTERHEAD_SIZE);
        rule();
    }

    /** A bold heading, moved to the next page if it would end this one: alone, it reads as if nothing follows. */
    public void heading(String text) throws IOException {
        keepTogether(3);
        write(text, bold, HEADING_SIZE);
    }

    /** Body text from the left margin, wrapped to the page width. */
    public void line(String text) throws IOException {
        write(text, regular, BODY_SIZE);
    }

    /** Body text followed by the space that ends a paragraph. */
    public void paragraph(String text) throws IOException {
        line(text);
        gap(0.6f);
    }

    /** A list item: the label in the margin of a hanging indent, the text wrapped beside it. */
    public void numbered(String label, String text) throws IOException {
        columns(label, HANGING_INDENT, HANGING_INDENT, text);
    }

    /** A line of a table of two columns, such as a fee and its amount; either side wraps within its column. */
    public void keyValue(String key, String value) throws IOException {
        columns(key, KEY_WIDTH, KEY_COLUMN, value);
    }

    /** Leaves space of so many body lines; a gap that runs off the page just means the next line starts one. */
    public void gap(float lines) {
        cursor -= lines * BODY_SIZE * LINE_SPACING;
    }

    /** Starts a new page unless so many body lines still fit on this one. */
    public void keepTogether(float lines) throws IOException {
        if (cursor - lines * BODY_SIZE * LINE_SPACING < BOTTOM) {
            newPage();
        }
    }

    /** Sets the document information readers show and search, and marks the text as British English. */
    public void describe(String title, String author, String subject) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setAuthor(author);
        information.setSubject(subject);
        information.setCreator("Hearth");
        document.getDocumentCatalog().setLanguage("en-GB");
    }

    /** The finished PDF, each page footed "{@code footer} · page N of M". */
    public byte[] toPdf(String footer) throws IOException {
        closeStream();
        addFooters(footer);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.save(pdf);
        return pdf.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try (document) {
            closeStream();
        }
    }

    private void write(String text, PDFont font, float size) throws IOException {
        for (String line : wrap(printable(text, font), font, size, CONTENT_WIDTH)) {
            float baseline = nextBaseline(size); // first, as it may start the page there is to write on
            show(stream, line, font, size, LEFT, baseline);
        }
    }

    /** The left text wrapped to {@code leftWidth}, the right text wrapped beside it from {@code indent}. */
    private void columns(String left, float leftWidth, float indent, String right) throws IOException {
        List<String> leftLines = wrap(printable(left, regular), regular, BODY_SIZE, leftWidth);
        List<String> rightLines = wrap(printable(right, regular), regular, BODY_SIZE, CONTENT_WIDTH - indent);
        int lines = Math.max(leftLines.size(), rightLines.size());
        // Moved whole to the next page rather than split, unless it is longer than a page anyway.
        keepTogether(lines);
        for (int i = 0; i < lines; i++) {
            float baseline = nextBaseline(BODY_SIZE);
            if (i < leftLines.size()) {
                show(stream, leftLines.get(i), regular, BODY_SIZE, LEFT, baseline);
            }
            if (i < rightLines.size()) {
                show(stream, rightLines.get(i), regular, BODY_SIZE, LEFT + indent, baseline);
            }
        }
    }

    private void rule() throws IOException {
        if (stream == null) {
            newPage();
        }
        cursor -= 4;
        stream.setLineWidth(0.75f);
        stream.moveTo(LEFT, cursor);
        stream.lineTo(LEFT + CONTENT_WIDTH, cursor);
        stream.stroke();
    }

    private float nextBaseline(float size) throws IOException {
        float leading = size * LINE_SPACING;
        if (stream == null || cursor - leading < BOTTOM) {
            newPage();
        }
        float baseline = cursor - size;
        cursor -= leading;
        return baseline;
    }

    private void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        cursor = TOP;
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /** "Page N of M" needs M, so footers go on once the body has been laid out. */
    private void addFooters(String footer) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            String text = printable(footer + " · page " + (i + 1) + " of " + pages, regular);
            float naturalWidth = width(text, regular, FOOTER_SIZE);
            float size = naturalWidth > CONTENT_WIDTH ? FOOTER_SIZE * CONTENT_WIDTH / naturalWidth : FOOTER_SIZE;
            try (PDPageContentStream footing =
                    new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
                footing.setNonStrokingColor(0.35f);
                show(footing, text, regular, size, (PAGE.getWidth() - width(text, regular, size)) / 2,
                        FOOTER_BASELINE);
            }
        }
    }

    /**
     * The text with every character Helvetica's WinAnsi encoding lacks (non-Latin letters, arrows, emoji) shown as
     * '?', since PDFBox refuses to write them, and control characters as spaces.
     */
    private static String printable(String text, PDFont font) throws IOException {
        StringBuilder printable = new StringBuilder(text.length());
        // Composed first, so "e" followed by a combining accent becomes the "é" WinAnsi has.
        for (int codePoint : Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().toArray()) {
            if (Character.isISOControl(codePoint)) {
                printable.append(' ');
                continue;
            }
            // Printable ASCII is in every WinAnsi font; asking the font is for the rest (and costs far more).
            if (codePoint < 0x7F) {
                printable.append((char) codePoint);
                continue;
            }
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                printable.append(character);
            } catch (IllegalArgumentException notInTheFont) {
                printable.append('?');
            }
        }
        return printable.toString();
    }

    /**
     * Greedy word wrap, measuring each word once (widths add up: these fonts have no kerning); a word longer than a
     * whole line is broken wherever it must be.
     */
    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = width(" ", font, size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.strip().split("\\s+")) {
            float wordWidth = width(word, font, size);
            if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() == 0 && wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            while (wordWidth > width) {
                int end = 1;
                while (width(word.substring(0, end + 1), font, size) <= width) {
                    end++;
                }
                lines.add(word.substring(0, end));
                word = word.substring(end);
                wordWidth = width(word, font, size);
            }
            line = new StringBuilder(word);
            lineWidth = wordWidth;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static void show(PDPageContentStream stream, String text, PDFont font, float size, float x, float y)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }
}
