package nl.onderop.volunteers.csvimport.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV that a spreadsheet opens as text, never as a formula (CSV/formula injection): a cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, and
 * every cell is quoted as RFC 4180 says (doubled quotes inside). Rows end with CRLF.
 */
public final class SpreadsheetSafeCsv {

    private SpreadsheetSafeCsv() {
    }

    public static String row(List<?> cells) {
        return cells.stream().map(cell -> cell(cell == null ? "" : String.valueOf(cell)))
                .collect(Collectors.joining(",", "", "\r\n"));
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
