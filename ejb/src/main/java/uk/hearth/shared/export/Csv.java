package uk.hearth.shared.export;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Comma-separated values as finance and spreadsheets read them (RFC 4180: CRLF line ends, fields quoted when they
 * must be), safe to open: every export of Hearth's is written by this class.
 */
public final class Csv {

    private static final String CRLF = "\r\n";

    private Csv() {
    }

    /** The rows, the header first, one line each. */
    public static String of(Stream<List<String>> rows) {
        return rows.map(Csv::line).collect(Collectors.joining());
    }

    public static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + CRLF;
    }

    /**
     * One field, safe to open in a spreadsheet: text a spreadsheet would read as a formula (starting with =, +, -, @,
     * a tab or a carriage return) is prefixed with an apostrophe, and a field holding a comma, a quote or a line
     * break is quoted, its quotes doubled.
     */
    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
