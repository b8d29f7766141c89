package uk.hearth.documents.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
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
     */
    public static String sanitiseFileName(String fileName) {
        if (fileName == null) {
            return DEFAULT_FILE_NAME;
        }
        String lastPart = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        // Format characters include right-to-left overrides, which can make a name ending ".exe" display as ".pdf".
        lastPart.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
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

    private static DocumentFormat formatOf(String name, byte[] content) {
        if (startsWith(content, PDF_SIGNATURE)) {
            return DocumentFormat.PDF;
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return DocumentFormat.PNG;
        }
        if (startsWith(content, JPEG_SIGNATURE)) {
            return DocumentFormat.JPEG;
        }
        if (startsWith(content, ZIP_SIGNATURE)) {
            if (isWordDocument(name, content)) {
                return DocumentFormat.DOCX;
            }
            throw refused(name, "it is a ZIP archive, not a Word document.");
        }
        throw refused(name, "Hearth accepts PDF, Word (DOCX), PNG and JPEG files, and this file is none of these.");
    }

    /** A DOCX is a ZIP holding a content-types part and a {@code word/} part; Excel workbooks and plain ZIPs do not. */
    private static boolean isWordDocument(String name, byte[] content) {
        boolean contentTypes = false;
        boolean wordPart = false;
        byte[] buffer = new byte[8192];
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int entries = 0; entries < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; entries++) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                wordPart |= entry.getName().startsWith("word/") && entry.getName().length() > "word/".length();
                if (contentTypes && wordPart) {
                    return true;
                }
                // Read each entry out here, rather than letting getNextEntry skip it, so inflation is counted.
                inflated += drain(zip, buffer, MAX_ZIP_INFLATED_BYTES - inflated);
                if (inflated > MAX_ZIP_INFLATED_BYTES) {
                    return false;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid in the archive's character set.
            throw refused(name, "it is a damaged ZIP archive, not a Word document that can be read.");
        }
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

    private static UploadRefusedException refused(String name, String reason) {
        return new UploadRefusedException("‘" + name + "’ was not uploaded: " + reason);
    }

    /**
     * An upload that passed the checks.
     *
     * @param fileName the sanitised name, for display only
     * @param format   the format recognised from the content
     * @param size     the size in bytes
     * @param sha256   the SHA-256 of the content, lower-case hex
     */
}
