package uk.hearth.competitions.infrastructure;

import java.io.IOException;
import uk.hearth.documents.infrastructure.PdfLetterWriter;

/** Layout the mini-competition documents share. */
final class CompetitionPdf {

    private CompetitionPdf() {
    }

    /** A heading with the small gap the house style leaves under it. */
    static void section(PdfLetterWriter pdf, String heading) throws IOException {
        pdf.heading(heading);
        pdf.gap(0.3f);
    }
}
