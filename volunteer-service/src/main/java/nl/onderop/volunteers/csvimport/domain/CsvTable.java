package nl.onderop.volunteers.csvimport.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as rows of cells (RFC 4180: quoted cells may hold the delimiter, line breaks and doubled quotes).
 * The delimiter is what the header uses: comma, or semicolon as Dutch spreadsheets write it.
 */
public record CsvTable(char delimiter, List<String> header, List<Row> rows) {

    /** A data row and its line number in the file (the header is line 1). */
    public record Row(int line, List<String> cells) {
    }

    public static CsvTable parse(String text) {
        return parse(text, Integer.MAX_VALUE);
    }

    /** Reads the header and at most {@code maxRows} data rows (blank lines do not count); the rest is not parsed. */
    public static CsvTable parse(String text, int maxRows) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int endOfHeader = content.indexOf('\n');
        String firstLine = endOfHeader < 0 ? content : content.substring(0, endOfHeader);
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<List<String>> records = records(content, delimiter, maxRows == Integer.MAX_VALUE ? maxRows : maxRows + 1);
        if (records.isEmpty()) {
            return new CsvTable(delimiter, List.of(), List.of());
        }
        List<Row> rows = new ArrayList<>();
        int line = 1;
        for (int i = 1; i < records.size(); i++) {
            line++;
            List<String> cells = records.get(i);
            if (!isBlank(cells)) {
                rows.add(new Row(line, cells));
            }
        }
        return new CsvTable(delimiter, records.get(0).stream().map(String::strip).toList(), rows);
    }

    private static boolean isBlank(List<String> cells) {
        return cells.size() == 1 && cells.get(0).isBlank();
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static List<List<String>> records(String content, char delimiter, int maxRecords) {
        List<List<String>> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int kept = 0;
        for (int i = 0; i < content.length() && kept < maxRecords; i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(cells);
                if (!isBlank(cells)) {
                    kept++;
                }
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if ((cell.length() > 0 || !cells.isEmpty()) && kept < maxRecords) {
            cells.add(cell.toString());
            records.add(cells);
        }
        return records;
    }
}
