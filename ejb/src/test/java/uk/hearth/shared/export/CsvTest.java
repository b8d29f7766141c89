package uk.hearth.shared.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void linesEndInCrlfTheHeaderFirst() {
        assertEquals("a,b\r\n1,\"x, y\"\r\n", Csv.of(Stream.of(List.of("a", "b"), List.of("1", "x, y"))));
    }

    @Test
    void fieldsAreQuotedAsRfc4180Asks() {
        assertEquals("plain", Csv.cell("plain"));
        assertEquals("\"Smith, Jones & Co\"", Csv.cell("Smith, Jones & Co"));
        assertEquals("\"The \"\"best\"\" home\"", Csv.cell("The \"best\" home"));
        assertEquals("\"two\nlines\"", Csv.cell("two\nlines"));
        assertEquals("", Csv.cell(""));
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        // Defused first, then quoted for its quotes.
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\")\"",
                Csv.cell("=HYPERLINK(\"http://evil.example\")"));
        assertEquals("'+44 116 000 0000", Csv.cell("+44 116 000 0000"));
        assertEquals("'-1", Csv.cell("-1"));
        assertEquals("'@SUM(A1:A9)", Csv.cell("@SUM(A1:A9)"));
        assertEquals("'\tcmd", Csv.cell("\tcmd"));
        assertEquals("\"'=1+2,3\"", Csv.cell("=1+2,3"));
        assertEquals("a=b", Csv.cell("a=b"));
    }
}
