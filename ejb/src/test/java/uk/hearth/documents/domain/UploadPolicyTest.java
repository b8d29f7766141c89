package uk.hearth.documents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadPolicyTest {

    private static final int MEGABYTE = 1024 * 1024;

    @Test
    void acceptsAPdf() throws IOException {
        byte[] pdf = pdf();
        StoredFile upload = UploadPolicy.check("certificate.pdf", pdf);
        assertEquals(DocumentFormat.PDF, upload.format());
        assertEquals("certificate.pdf", upload.fileName());
        assertEquals(pdf.length, upload.size());
        assertEquals("application/pdf", upload.format().mediaType());
        assertEquals("pdf", upload.format().extension());
    }

    @Test
    void acceptsAPng() throws IOException {
        StoredFile upload = UploadPolicy.check("scan.png", image("png"));
        assertEquals(DocumentFormat.PNG, upload.format());
        assertEquals("image/png", upload.format().mediaType());
    }

    @Test
    void acceptsAJpeg() throws IOException {
        StoredFile upload = UploadPolicy.check("photo.jpeg", image("jpg"));
        assertEquals(DocumentFormat.JPEG, upload.format());
        assertEquals("image/jpeg", upload.format().mediaType());
        assertEquals("jpg", upload.format().extension());
    }

    @Test
    void acceptsAWordDocument() throws IOException {
        StoredFile upload = UploadPolicy.check("policy.docx",
                zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"));
        assertEquals(DocumentFormat.DOCX, upload.format());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                upload.format().mediaType());
    }

    @Test
    void recognisesTheContentWhateverTheName() throws IOException {
        assertEquals(DocumentFormat.PNG, UploadPolicy.check("certificate.pdf", image("png")).format());
        assertEquals(DocumentFormat.PDF, UploadPolicy.check("no extension", pdf()).format());
    }

    @Test
    void refusesAProgramRenamedAsAPdf() {
        byte[] program = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, 512);
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("certificate.pdf", program));
        assertEquals("‘certificate.pdf’ was not uploaded: Hearth accepts PDF, Word (DOCX), PNG and JPEG files, "
                + "and this file is none of these.", e.getMessage());
    }

    @Test
    void refusesTextNamedAsAPdf() {
        byte[] text = "Public liability insurance: £5m, renewed 1 April.".getBytes(StandardCharsets.UTF_8);
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("insurance.pdf", text));
        assertEquals("‘insurance.pdf’ was not uploaded: Hearth accepts PDF, Word (DOCX), PNG and JPEG files, "
                + "and this file is none of these.", e.getMessage());
    }

    @Test
    void refusesASpreadsheetNamedAsAWordDocument() throws IOException {
        byte[] workbook = zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("notes.docx", workbook));
        assertEquals("‘notes.docx’ was not uploaded: it is a ZIP archive, not a Word document.", e.getMessage());
    }

    @Test
    void refusesAPlainZip() throws IOException {
        byte[] archive = zip("accounts.csv", "word/readme.txt");
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("accounts.zip", archive));
        assertEquals("‘accounts.zip’ was not uploaded: it is a ZIP archive, not a Word document.", e.getMessage());
    }

    @Test
    void refusesADamagedZip() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        byte[] damaged = Arrays.copyOf(docx, 40);
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("policy.docx", damaged));
        assertEquals("‘policy.docx’ was not uploaded: it is a damaged ZIP archive, "
                + "not a Word document that can be read.", e.getMessage());
    }

    @Test
    void stopsReadingAZipWithTooManyEntries() throws IOException {
        String[] names = new String[2_002];
        for (int i = 0; i < 2_000; i++) {
            names[i] = "filler/" + i + ".xml";
        }
        names[2_000] = "[Content_Types].xml";
        names[2_001] = "word/document.xml";
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("policy.docx", zip(names)));
        assertEquals("‘policy.docx’ was not uploaded: it is a ZIP archive of more than 2000 files, not a Word document.",
                e.getMessage());
    }

    @Test
    void stopsInflatingAZipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("padding.bin"));
            byte[] zeros = new byte[MEGABYTE];
            for (int i = 0; i < 250; i++) {
                zip.write(zeros);
            }
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
        }
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("policy.docx", out.toByteArray()));
        assertEquals("‘policy.docx’ was not uploaded: it would expand to more than 200 MB when opened, which no Word"
                + " document needs.", e.getMessage());
    }

    @Test
    void refusesAWordDocumentWithMacros() throws IOException {
        UploadRefusedException vba = assertThrows(UploadRefusedException.class, () -> UploadPolicy.check("policy.docx",
                zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")));
        assertEquals("‘policy.docx’ was not uploaded: it is a Word document with macros; save it as a plain Word"
                + " document (.docx) or a PDF.", vba.getMessage());

        ByteArrayOutputStream docm = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docm)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.ms-word.document.macroEnabled.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
        }
        assertThrows(UploadRefusedException.class, () -> UploadPolicy.check("policy.docm", docm.toByteArray()));
    }

    @Test
    void refusesAPdfThatRunsJavaScript() throws IOException {
        byte[] scripted = pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('hello')")));
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("certificate.pdf", scripted));
        assertEquals("‘certificate.pdf’ was not uploaded: it is a PDF with JavaScript in it, which Hearth does not"
                + " accept; print it to a new PDF and upload that.", e.getMessage());
    }

    @Test
    void refusesAPdfWithFilesInsideIt() throws IOException {
        byte[] withAttachment = pdf(document -> {
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("payload.exe");
            try {
                file.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(new byte[] {1, 2, 3})));
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("payload.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("certificate.pdf", withAttachment));
        assertTrue(e.getMessage().contains("a PDF with other files inside it"), e.getMessage());
    }

    @Test
    void refusesAPdfThatNeedsAPassword() throws IOException {
        byte[] locked = pdf(document -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            try {
                document.protect(policy);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
        });
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("accounts.pdf", locked));
        assertTrue(e.getMessage().contains("opens only with a password"), e.getMessage());
    }

    @Test
    void refusesADamagedPdf() {
        byte[] damaged = "%PDF-1.7\nnot really a PDF".getBytes(StandardCharsets.US_ASCII);
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("accounts.pdf", damaged));
        assertEquals("‘accounts.pdf’ was not uploaded: it is a damaged PDF that cannot be read.", e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() {
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("empty.pdf", new byte[0]));
        assertEquals("‘empty.pdf’ was not uploaded: the file is empty.", e.getMessage());
        assertThrows(UploadRefusedException.class, () -> UploadPolicy.check("empty.pdf", null));
    }

    @Test
    void acceptsExactlyTwentyMegabytes() {
        StoredFile upload = UploadPolicy.check("accounts.pdf", paddedPdf(20 * MEGABYTE));
        assertEquals(DocumentFormat.PDF, upload.format());
        assertEquals(20L * MEGABYTE, upload.size());
    }

    @Test
    void refusesOneByteMoreThanTwentyMegabytes() {
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("accounts.pdf", paddedPdf(20 * MEGABYTE + 1)));
        assertEquals("‘accounts.pdf’ was not uploaded: it is 20.1 MB and the limit is 20 MB.", e.getMessage());
    }

    @Test
    void saysHowLargeARefusedFileIs() {
        UploadRefusedException e = assertThrows(UploadRefusedException.class,
                () -> UploadPolicy.check("accounts.pdf", paddedPdf((int) (23.4 * MEGABYTE))));
        assertEquals("‘accounts.pdf’ was not uploaded: it is 23.4 MB and the limit is 20 MB.", e.getMessage());
    }

    @Test
    void hashesTheContent() throws Exception {
        byte[] pdf = pdf();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(expected, UploadPolicy.check("certificate.pdf", pdf).sha256());
    }

    @Test
    void hashesAKnownVector() {
        byte[] content = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', ' ', 't', 'e', 's', 't'};
        assertEquals("652a56604834af84fd0eb95ec899cd824e24101c938d13bca06007b8be8cf3d3",
                UploadPolicy.check("test.png", content).sha256());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'  spaced.pdf  ' | spaced.pdf",
        "'' | document",
        "'   ' | document",
        "'..' | document",
    })
    void tidiesTheNameItKeeps(String sent, String stored) throws IOException {
        assertEquals(stored, UploadPolicy.check(sent, pdf()).fileName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\Users\\x\\cert.pdf", "../../etc/passwd.pdf", "/var/tmp/upload/accounts 2025.pdf",
        "uploads/"})
    void refusesANameWithFolders(String sent) {
        UploadRefusedException e = assertThrows(UploadRefusedException.class, () -> UploadPolicy.check(sent, pdf()));
        assertTrue(e.getMessage().contains("its name has folders in it"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice\u202Efdp.exe", "cert\u0000.pdf", "cert\r\n.pdf", "a\u200Bb.pdf"})
    void refusesANameWithHiddenCharacters(String sent) {
        UploadRefusedException e = assertThrows(UploadRefusedException.class, () -> UploadPolicy.check(sent, pdf()));
        assertTrue(e.getMessage().contains("hidden characters"), e.getMessage());
    }

    @Test
    void refusesNothingOnTheNameAlone() throws IOException {
        assertEquals("document", UploadPolicy.check(null, pdf()).fileName());
    }

    @Test
    void removesControlAndFormattingCharacters() {
        assertEquals("cert.pdf", UploadPolicy.sanitiseFileName("ce\u0000rt\r\n.pdf\u0007"));
        assertEquals("invoicefdp.exe", UploadPolicy.sanitiseFileName("invoice\u202Efdp.exe"));
        assertEquals("document", UploadPolicy.sanitiseFileName(null));
        assertEquals("document", UploadPolicy.sanitiseFileName("\t\u0000"));
    }

    @Test
    void keepsOtherCharacters() {
        assertEquals("Zoë’s Homes – insurance (2026).pdf",
                UploadPolicy.sanitiseFileName("Zoë’s Homes – insurance (2026).pdf"));
    }

    @Test
    void cutsLongNames() {
        String name = "a".repeat(300) + ".pdf";
        assertEquals("a".repeat(200), UploadPolicy.sanitiseFileName(name));
        // An emoji straddling the cut is dropped whole rather than split in half.
        String emoji = "b".repeat(199) + "\uD83D\uDCC4.pdf";
        assertEquals("b".repeat(199), UploadPolicy.sanitiseFileName(emoji));
    }

    private static byte[] pdf() throws IOException {
        return pdf(document -> {
        });
    }

    /** A one-page PDF, changed before it is saved. */
    private static byte[] pdf(Consumer<PDDocument> change) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.accept(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A real one-page PDF padded with trailing spaces, which PDF readers ignore, to exactly {@code size} bytes. */
    private static byte[] paddedPdf(int size) {
        try {
            byte[] pdf = pdf();
            byte[] content = Arrays.copyOf(pdf, size);
            Arrays.fill(content, pdf.length, size, (byte) ' ');
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.ORANGE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("No ImageIO writer for " + format);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String... entryNames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entryName : entryNames) {
                zip.putNextEntry(new ZipEntry(entryName));
                String part = "<?xml version=\"1.0\"?><part name=\"" + entryName + "\"/>";
                zip.write(part.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
