package nl.onderop.volunteers.csvimport.domain;

/**
 * One problem of an import: line 0 is about the file as a whole, line 1 is the header. {@code value} is the
 * offending cell as the file had it (cut at {@link #MAX_VALUE} characters), or null when the problem is about
 * the row rather than one cell.
 */
public record RowProblem(int line, String column, String code, String reason, String value) {

    public static final int MAX_VALUE = 60;

    public RowProblem(int line, String column, String code, String reason) {
        this(line, column, code, reason, null);
    }

    public RowProblem {
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "…";
        }
    }

    public RowProblem withValue(String cell) {
        return new RowProblem(line, column, code, reason, cell);
    }

    public RowProblem withoutValue() {
        return new RowProblem(line, column, code, reason, null);
    }
}
