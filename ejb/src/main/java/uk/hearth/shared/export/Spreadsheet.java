package uk.hearth.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One-sheet XLSX workbooks (Apache POI) for finance: a bold header row, amounts as numbers with two decimals and
 * dates as dates, so they sum and sort in a spreadsheet; text always as text, never read as a formula.
 */
public final class Spreadsheet {

    private Spreadsheet() {
    }

    /** Rows of cells: {@code BigDecimal} amounts, {@code LocalDate} days, anything else as its text; null empty. */
    public static byte[] of(String sheetName, List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(amount);
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(day);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook " + sheetName, e);
        }
    }

    /** The same rows as CSV text cells: amounts plain, days ISO, nothing for null. */
    public static List<String> asText(List<Object> row) {
        return row.stream().map(v -> v == null ? "" : v instanceof BigDecimal n ? n.toPlainString() : v.toString()).toList();
    }
}
