package nl.onderop.volunteers.csvimport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeCsvTests {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(SpreadsheetSafeCsv.cell("=cmd|' /C calc'!A0")).isEqualTo("\"'=cmd|' /C calc'!A0\"");
        assertThat(SpreadsheetSafeCsv.cell("+31 6 1234 5678")).isEqualTo("\"'+31 6 1234 5678\"");
        assertThat(SpreadsheetSafeCsv.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(SpreadsheetSafeCsv.cell("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(SpreadsheetSafeCsv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(SpreadsheetSafeCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void otherCellsStayAsTheyAreAndEveryCellIsQuotedAsRfc4180Says() {
        assertThat(SpreadsheetSafeCsv.cell("Jan, Willem")).isEqualTo("\"Jan, Willem\"");
        assertThat(SpreadsheetSafeCsv.cell("a \"quote\"")).isEqualTo("\"a \"\"quote\"\"\"");
        assertThat(SpreadsheetSafeCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(SpreadsheetSafeCsv.cell("a=b")).isEqualTo("\"a=b\"");
        assertThat(SpreadsheetSafeCsv.cell("")).isEqualTo("\"\"");
        assertThat(SpreadsheetSafeCsv.cell(null)).isEqualTo("\"\"");
    }

    @Test
    void aRowJoinsItsCellsWithCommasAndEndsWithCrlf() {
        assertThat(SpreadsheetSafeCsv.row(Arrays.asList(4, "phone", null, "=HYPERLINK(\"x\")")))
                .isEqualTo("\"4\",\"phone\",\"\",\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    @Test
    void whatItWritesReadsBackAsTheSameCells() {
        String row = SpreadsheetSafeCsv.row(Arrays.asList("Jan, \"Willem\"", "=1+1"));
        CsvTable table = CsvTable.parse("a,b\r\n" + row);
        assertThat(table.rows().get(0).cells()).containsExactly("Jan, \"Willem\"", "'=1+1");
    }
}
