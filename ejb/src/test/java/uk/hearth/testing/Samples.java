package uk.hearth.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import uk.hearth.organisations.domain.Gender;
import uk.hearth.organisations.domain.HomeDetails;
import uk.hearth.organisations.domain.OfstedJudgement;
import uk.hearth.organisations.domain.SettingType;

/** Made-up data the ITs share: names, homes and files. */
public final class Samples {

    public static final long RESIDENTIAL = 1;
    public static final long FOSTERING = 2;
    public static final long MAINSTREAM_FOSTERING = 201;
    public static final long EMERGENCY_FOSTERING = 204;

    private Samples() {
    }

    /** Eight characters to tell this test's names from those of every other test and run. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An independent fostering agency's office, offered under the fostering lot. */
    public static HomeDetails fosteringHome(String ofstedUrn) {
        return home(ofstedUrn, "LE11 3NP", 12, 3, 0, 17, Set.of(MAINSTREAM_FOSTERING, EMERGENCY_FOSTERING));
    }

    /** A fostering agency's office with the given figures, for checking the rules about them. */
    public static HomeDetails home(String ofstedUrn, String postcode, int capacity, int vacancies, int minAge,
            int maxAge, Set<Long> specialismIds) {
        return new HomeDetails(FOSTERING, "Brook Fostering " + unique(), ofstedUrn, SettingType.FOSTERING_AGENCY_OFFICE,
                postcode, capacity, vacancies, minAge, maxAge, EnumSet.of(Gender.FEMALE, Gender.MALE), specialismIds,
                OfstedJudgement.GOOD, LocalDate.of(2025, 9, 10));
    }

    /** A real one-page PDF saying {@code text}. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(text);
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
