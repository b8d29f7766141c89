package uk.hearth.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import uk.hearth.requests.application.PlacementAgreement;
import uk.hearth.requests.infrastructure.PdfBoxPlacementAgreementRenderer;
import uk.hearth.shared.money.Money;

/**
 * How long an Individual Placement Agreement takes to render, beside a bare PDFBox document of the same size
 * measured in the same run: the same pages carrying the same lines of text in a standard font, with no layout,
 * headings, tables or metadata. The ratio is what Hearth's layout costs. Run with {@code ./hearth bench}.
 */
public final class PlacementAgreementBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 1_000;

    private PlacementAgreementBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PdfBoxPlacementAgreementRenderer renderer = new PdfBoxPlacementAgreementRenderer();
        PlacementAgreement agreement = agreement();
        byte[] sample = renderer.render(agreement);
        List<List<String>> pages = linesPerPage(sample);

        double[] agreements = time(() -> renderer.render(agreement));
        double[] bare = time(() -> bare(pages));
        System.out.printf("Individual Placement Agreement: %d renders after %d warm-up; %d pages, %d bytes%n", MEASURED, WARM_UP,
                pages.size(), sample.length);
        System.out.printf("%28s %10s %10s%n", "", "p50 (ms)", "p95 (ms)");
        System.out.printf("%28s %10.2f %10.2f%n", "agreement (Hearth)", Percentiles.of(agreements, 50), Percentiles.of(agreements, 95));
        System.out.printf("%28s %10.2f %10.2f%n", "bare PDFBox, same text", Percentiles.of(bare, 50), Percentiles.of(bare, 95));
        System.out.printf("%28s %10.2f %10.2f%n", "ratio", Percentiles.of(agreements, 50) / Percentiles.of(bare, 50),
                Percentiles.of(agreements, 95) / Percentiles.of(bare, 95));
    }

    private static double[] time(Supplier<byte[]> work) {
        double[] millis = new double[MEASURED];
        long sink = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            sink += work.get().length;
            long elapsed = System.nanoTime() - start;
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = elapsed / 1_000_000.0;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return millis;
    }

    /** The agreement's own text, page by page, so the baseline writes as much as the agreement does. */
    private static List<List<String>> linesPerPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<List<String>> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).lines().map(l -> l.replaceAll("[^\\x20-\\x7E]", "?")).toList());
            }
            return pages;
        }
    }

    private static byte[] bare(List<List<String>> pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 10);
                    text.setLeading(13);
                    text.newLineAtOffset(50, 800);
                    for (String line : lines) {
                        text.showText(line);
                        text.newLine();
                    }
                    text.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlacementAgreement agreement() {
        return new PlacementAgreement("IPA-2026-00042", "Leicestershire County Council", "Charnwood Children's Homes Ltd",
                "12 Granby Street\nLoughborough\nLE11 3DU", "REQ-2026-00042", "Residential", "Beacon House", "SC484512",
                "LE11 2AB", LocalDate.of(2026, 12, 1), 12, LocalDate.of(2027, 2, 23), Money.of("4800.00"),
                new BigDecimal("10"), Money.of("25.00"), Money.of("150.00"), Money.of("60.00"),
                Money.ZERO, Money.of("5260.00"), "LCC-PO-2026-00042", LocalDate.of(2026, 11, 22), "commissioner1",
                "provider1", "Leicestershire Children's Placements DPS");
    }
}
