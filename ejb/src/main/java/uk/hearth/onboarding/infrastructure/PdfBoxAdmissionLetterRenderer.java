package uk.hearth.onboarding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import uk.hearth.onboarding.application.AdmissionLetter;
import uk.hearth.onboarding.application.AdmissionLetterRenderer;

/**
 * Renders admission letters as A4 PDFs in Helvetica, one of the fonts every PDF reader has, so nothing is embedded.
 * Not final: CDI proxies application-scoped beans. It holds no state; each letter gets its own document and fonts,
 * as PDFBox fonts are not safe to share between threads.
 */
@ApplicationScoped
public class PdfBoxAdmissionLetterRenderer implements AdmissionLetterRenderer {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

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

    @Override
    public byte[] render(AdmissionLetter letter) {
        try (PDDocument document = new PDDocument()) {
            Layout layout = new Layout(document);
            try (layout) {
                write(letter, layout);
            }
            addFooters(document, letter, layout.regular);
            describe(document, letter);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render admission letter " + letter.reference(), e);
        }
    }

    private static void write(AdmissionLetter letter, Layout layout) throws IOException {
        String council = letter.councilName().strip();
        String organisation = letter.organisationLegalName().strip();
        String lot = letter.lotName().strip();
        String date = UK_DATE.format(letter.admittedOn());

        layout.write(council, layout.bold, LETTERHEAD_SIZE);
        layout.rule();
        layout.gap(1);
        layout.write(date, layout.regular, BODY_SIZE);
        layout.write("Our reference: " + letter.reference(), layout.regular, BODY_SIZE);
        layout.gap(1);

        layout.write(organisation, layout.regular, BODY_SIZE);
        String tradingName = letter.organisationTradingName();
        if (tradingName != null && !tradingName.isBlank() && !tradingName.strip().equalsIgnoreCase(organisation)) {
            layout.write("trading as " + tradingName.strip(), layout.regular, BODY_SIZE);
        }
        if (letter.organisationAddress() != null) {
            for (String line : letter.organisationAddress().split("\\R")) {
                layout.write(line, layout.regular, BODY_SIZE);
            }
        }
        layout.gap(1);

        paragraph(layout, "Dear Sir or Madam");
        layout.write("Admission to the dynamic purchasing system: " + lot, layout.bold, HEADING_SIZE);
        layout.gap(0.6f);
        paragraph(layout, council + " has evaluated your application against the selection criteria of the "
                + letter.dpsName().strip() + " and admits " + organisation + " to the lot ‘" + lot + "’ from "
                + date + ".");
        paragraph(layout, "Admission lets " + organisation + " receive placement requests and invitations to "
                + "mini-competitions for this lot, on the same terms as every other admitted provider.");
        paragraph(layout, "You must keep your insurance, registration and other mandatory documents up to date in "
                + "Hearth. If a mandatory document expires, " + organisation + " is suspended from new placement "
                + "requests until a valid replacement has been accepted.");
        paragraph(layout, "Using Hearth is free of charge to providers.");

        // A heading alone at the foot of a page reads as if nothing follows it.
        layout.keepTogether(3);
        layout.write("Conditions of admission", layout.bold, HEADING_SIZE);
        layout.gap(0.3f);
        if (letter.conditions().isEmpty()) {
            paragraph(layout, "No further conditions.");
        }
        for (int i = 0; i < letter.conditions().size(); i++) {
            layout.numbered((i + 1) + ".", letter.conditions().get(i));
            layout.gap(0.3f);
        }
        layout.gap(0.6f);

        // The sign-off stays on one page, with room for a signature.
        layout.keepTogether(5);
        layout.write("Yours faithfully", layout.regular, BODY_SIZE);
        layout.gap(2);
        layout.write(letter.signedBy(), layout.regular, BODY_SIZE);
        layout.write("for " + council, layout.regular, BODY_SIZE);
    }

    private static void paragraph(Layout layout, String text) throws IOException {
        layout.write(text, layout.regular, BODY_SIZE);
        layout.gap(0.6f);
    }

    /** "Page N of M" needs M, so footers go on once the body has been laid out. */
    private static void addFooters(PDDocument document, AdmissionLetter letter, PDFont font) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            String text = printable(letter.dpsName().strip() + " · " + letter.reference() + " · page " + (i + 1)
                    + " of " + pages, font);
            float naturalWidth = width(text, font, FOOTER_SIZE);
            float size = naturalWidth > CONTENT_WIDTH ? FOOTER_SIZE * CONTENT_WIDTH / naturalWidth : FOOTER_SIZE;
            try (PDPageContentStream stream =
                    new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
                stream.setNonStrokingColor(0.35f);
                show(stream, text, font, size, (PAGE.getWidth() - width(text, font, size)) / 2, FOOTER_BASELINE);
            }
        }
    }

    private static void describe(PDDocument document, AdmissionLetter letter) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle("Admission letter " + letter.reference());
        information.setAuthor(letter.councilName());
        information.setSubject(letter.lotName());
        information.setCreator("Hearth");
        document.getDocumentCatalog().setLanguage("en-GB");
    }

    /**
     * The text with every character Helvetica's WinAnsi encoding lacks (non-Latin letters, arrows, emoji) shown as
     * '?', since PDFBox refuses to write them, and control characters as spaces.
     */
    static String printable(String text, PDFont font) throws IOException {
        StringBuilder printable = new StringBuilder(text.length());
        // Composed first, so "e" followed by a combining accent becomes the "é" WinAnsi has.
        for (int codePoint : Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().toArray()) {
            String character = Character.toString(codePoint);
            if (Character.isISOControl(codePoint)) {
                printable.append(' ');
                continue;
            }
            try {
                font.encode(character);
                printable.append(character);
            } catch (IllegalArgumentException notInTheFont) {
                printable.append('?');
            }
        }
        return printable.toString();
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

    /** Lays text down the pages of one document, starting a page whenever the current one is full. */
    private static final class Layout implements Closeable {

        final PDFont regular = new PDType1Font(FontName.HELVETICA);
        final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);

        private final PDDocument document;
        private PDPageContentStream stream;
        private float cursor; // the top of the space left on the current page

        Layout(PDDocument document) {
            this.document = document;
        }

        /** Writes the text from the left margin, wrapped to the page width. */
        void write(String text, PDFont font, float size) throws IOException {
            for (String line : wrap(printable(text, font), font, size, CONTENT_WIDTH)) {
                float baseline = nextBaseline(size);
                show(stream, line, font, size, LEFT, baseline);
            }
        }

        /** Writes a list item: the label in the margin of a hanging indent, the text wrapped beside it. */
        void numbered(String label, String text) throws IOException {
            List<String> lines = wrap(printable(text, regular), regular, BODY_SIZE, CONTENT_WIDTH - HANGING_INDENT);
            // Moved whole to the next page rather than split, unless it is longer than a page anyway.
            keepTogether(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                float baseline = nextBaseline(BODY_SIZE);
                if (i == 0) {
                    show(stream, label, regular, BODY_SIZE, LEFT, baseline);
                }
                show(stream, lines.get(i), regular, BODY_SIZE, LEFT + HANGING_INDENT, baseline);
            }
        }

        /** Leaves space of so many body lines; a gap that runs off the page just means the next line starts one. */
        void gap(float lines) {
            cursor -= lines * BODY_SIZE * LINE_SPACING;
        }

        /** Starts a new page unless so many body lines still fit on this one. */
        void keepTogether(float lines) throws IOException {
            if (cursor - lines * BODY_SIZE * LINE_SPACING < BOTTOM) {
                newPage();
            }
        }

        void rule() throws IOException {
            cursor -= 4;
            stream().setLineWidth(0.75f);
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

        private PDPageContentStream stream() throws IOException {
            if (stream == null) {
                newPage();
            }
            return stream;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            cursor = TOP;
        }

        /** Greedy word wrap; a word longer than a whole line is broken wherever it must be. */
        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                while (width(word, font, size) > width) {
                    int end = 1;
                    while (width(word.substring(0, end + 1), font, size) <= width) {
                        end++;
                    }
                    lines.add(word.substring(0, end));
                    word = word.substring(end);
                }
                line = word;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
