package uk.hearth.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a provider may upload (insurance certificates, policies, accounts): PDF, Word (DOCX), PNG or JPEG, up to
 * 20 MB. The format is recognised from the content alone; the file name and the browser's content type are
 * whatever the uploader chose, so neither is trusted.
 */
public final class UploadPolicy {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_FILE_NAME_LENGTH = 200;
    static final String DEFAULT_FILE_NAME = "document";

    private static final long MEGABYTE = 1024 * 1024;
    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 0x03, 0x04};

    // A Word document names both within its first few entries; the bounds stop a crafted ZIP (thousands of
    // entries, or a small entry that inflates to gigabytes) from keeping the server busy.
    private static final int MAX_ZIP_ENTRIES = 2_000;
    private static final long MAX_ZIP_INFLATED_BYTES = 10 * MAX_BYTES;

    private UploadPolicy() {
    }

    /**
     * Checks an upload and describes it for storage.
     *
     * @param fileName the name the browser sent, used only for display once sanitised
     * @throws UploadRefusedException if the file is empty, too large or not one of the accepted formats
     */
    public static StoredFile check(String fileName, byte[] content) {
        String name = sanitiseFileName(fileName);
        refuseDisguisedNames(fileName, name);
        if (content == null || content.length == 0) {
            throw refused(name, "the file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw refused(name, "it is " + megabytes(content.length) + " MB and the limit is "
                    + MAX_BYTES / MEGABYTE + " MB.");
        }
        return new StoredFile(name, formatOf(name, content), content.length, sha256(content));
    }

    /**
     * The name to store and show: the last part of any path (Windows or Unix), without control or invisible
     * formatting characters, at most {@value #MAX_FILE_NAME_LENGTH} characters, and "document" if nothing is left.
     * Uploads with such names are refused by {@link #check}; files Hearth names itself go through this alone.
     */
    public static String sanitiseFileName(String fileName) {
        if (fileName == null) {
            return DEFAULT_FILE_NAME;
        }
        String lastPart = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        lastPart.codePoints().filter(c -> !isHidden(c)).forEach(clean::appendCodePoint);
        String name = clean.toString().strip();
        if (name.length() > MAX_FILE_NAME_LENGTH) {
            int end = MAX_FILE_NAME_LENGTH;
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--;
            }
            name = name.substring(0, end).strip();
        }
        // "." and ".." are not names but directory references.
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return DEFAULT_FILE_NAME;
        }
        return name;
    }

    /**
     * A name with folders in it, or with control or invisible formatting characters, is refused rather than
     * quietly tidied: a right-to-left override can make a name ending ".exe" display as ".pdf", and the person
     * uploading should know what Hearth will call the file.
     */
    private static void refuseDisguisedNames(String sent, String name) {
        if (sent == null) {
            return;
        }
        if (sent.indexOf('/') >= 0 || sent.indexOf('\\') >= 0) {
            throw refused(name, "its name has folders in it; rename the file without / or \\ and upload it again.");
        }
        if (sent.codePoints().anyMatch(UploadPolicy::isHidden)) {
            throw refused(name, "its name has hidden characters in it that can disguise what kind of file it is;"
                    + " rename the file and upload it again.");
        }
    }

    private static boolean isHidden(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }

    private static DocumentFormat formatOf(String name, byte[] content) {
        if (startsWith(content, PDF_SIGNATURE)) {
            PdfContents.check(name, content);
            return DocumentFormat.PDF;
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return DocumentFormat.PNG;
        }
        if (startsWith(content, JPEG_SIGNATURE)) {
            return DocumentFormat.JPEG;
        }
        if (startsWith(content, ZIP_SIGNATURE)) {
            checkWordDocument(name, content);
            return DocumentFormat.DOCX;
        }
        throw refused(name, "Hearth accepts PDF, Word (DOCX), PNG and JPEG files, and this file is none of these.");
    }

    /**
     * A DOCX is a ZIP holding a content-types part and a {@code word/} part; Excel workbooks and plain ZIPs do not.
     * A macro-enabled document (DOCM renamed, or a DOCX carrying a VBA project) is refused, and so is an archive
     * that would inflate past the bounds, read entry by entry so the inflation is counted as it happens.
     */
    private static void checkWordDocument(String name, byte[] content) {
        boolean contentTypes = false;
        boolean wordPart = false;
        boolean macros = false;
        byte[] buffer = new byte[8192];
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw refused(name, "it is a ZIP archive of more than " + MAX_ZIP_ENTRIES + " files, not a Word document.");
                }
                String entryName = entry.getName();
                wordPart |= entryName.startsWith("word/") && entryName.length() > "word/".length();
                macros |= entryName.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin");
                if (entryName.equals("[Content_Types].xml")) {
                    contentTypes = true;
                    ByteArrayOutputStream types = new ByteArrayOutputStream();
                    inflated += copy(zip, types, buffer, MAX_ZIP_INFLATED_BYTES - inflated);
                    macros |= types.toString(StandardCharsets.UTF_8).contains("macroEnabled");
                } else {
                    inflated += drain(zip, buffer, MAX_ZIP_INFLATED_BYTES - inflated);
                }
                if (inflated > MAX_ZIP_INFLATED_BYTES) {
                    throw refused(name, "it would expand to more than " + MAX_ZIP_INFLATED_BYTES / MEGABYTE
                            + " MB when opened, which no Word document needs.");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid in the archive's character set.
            throw refused(name, "it is a damaged ZIP archive, not a Word document that can be read.");
        }
        if (!contentTypes || !wordPart) {
            throw refused(name, "it is a ZIP archive, not a Word document.");
        }
        if (macros) {
            throw refused(name, "it is a Word document with macros; save it as a plain Word document (.docx) or a PDF.");
        }
    }

    /** Copies the current entry out, to just past {@code limit} bytes. */
    private static long copy(InputStream entry, OutputStream out, byte[] buffer, long limit) throws IOException {
        long total = 0;
        int read;
        while (total <= limit && (read = entry.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    /** Reads the current entry to its end, or to just past {@code limit} bytes. */
    private static long drain(InputStream entry, byte[] buffer, long limit) throws IOException {
        long total = 0;
        int read;
        while (total <= limit && (read = entry.read(buffer)) != -1) {
            total += read;
        }
        return total;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /** Rounded up to one decimal place, so a file just over the limit never reads as exactly 20.0 MB. */
    private static String megabytes(long bytes) {
        long tenths = (bytes * 10 + MEGABYTE - 1) / MEGABYTE;
        return tenths / 10 + "." + tenths % 10;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static UploadRefusedException refused(String name, String reason) {
        return new UploadRefusedException("‘" + name + "’ was not uploaded: " + reason);
    }

}
