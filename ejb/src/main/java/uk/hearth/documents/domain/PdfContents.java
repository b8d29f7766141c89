package uk.hearth.documents.domain;

import java.io.IOException;
import java.util.ArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * What a PDF holds besides its pages. Certificates and policies are read by council officers in whatever viewer
 * they have, so a PDF that runs scripts, carries other files inside it, or opens only with a password is refused.
 * Every object the file lists is looked at, not only the catalogue, because a script can hang off any page,
 * annotation or form field.
 */
final class PdfContents {

    private PdfContents() {
    }

    static void check(String name, byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw UploadPolicy.refused(name, "it is a PDF protected so that its text cannot be read;"
                        + " save an unprotected copy and upload that.");
            }
            for (COSObjectKey key : new ArrayList<>(pdf.getDocument().getXrefTable().keySet())) {
                COSObject object = pdf.getDocument().getObjectFromPool(key);
                if (object.getObject() instanceof COSDictionary dictionary) {
                    refuseActive(name, dictionary);
                }
            }
        } catch (InvalidPasswordException e) {
            throw UploadPolicy.refused(name, "it is a PDF that opens only with a password; upload a copy without one.");
        } catch (IOException e) {
            throw UploadPolicy.refused(name, "it is a damaged PDF that cannot be read.");
        }
    }

    private static void refuseActive(String name, COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S))
                || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
            throw UploadPolicy.refused(name, "it is a PDF with JavaScript in it, which Hearth does not accept;"
                    + " print it to a new PDF and upload that.");
        }
        if (COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE)) || dictionary.containsKey(COSName.EF)
                || dictionary.containsKey(COSName.EMBEDDED_FILES)) {
            throw UploadPolicy.refused(name, "it is a PDF with other files inside it, which Hearth does not accept;"
                    + " upload each document on its own.");
        }
    }
}
