package nl.onderop.volunteers.csvimport.domain;

import java.util.List;

/**
 * What an import did or would do: rows read, valid and imported, and every problem by line and column.
 * {@code imported} is 0 when the file had errors and the coordinator did not ask for the valid rows only.
 */
public record ImportReport(int rowsRead, int rowsValid, int imported, List<RowProblem> problems) {

    /** One problem: line 0 is about the file as a whole (encoding, header, delimiter). */
    public record RowProblem(int line, String column, String code, String reason) {
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
