package org.sidebyside.web.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV cells that a spreadsheet cannot run (OWASP, "CSV Injection"): a text cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a
 * single quote, which Excel, LibreOffice and Google Sheets read as "text follows". Figures the
 * app formats itself are numbers, not text, and are written as they are.
 */
final class SpreadsheetCells {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** A figure, written in plain notation ({@code 1000}, never {@code 1E+3}) and never quoted. */
    record Figure(BigDecimal value) {
        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    static Figure figure(BigDecimal value) {
        return value == null ? null : new Figure(value);
    }

    static Object safe(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    static void record(CSVPrinter printer, Object... cells) throws IOException {
        printer.printRecord(Arrays.stream(cells).map(SpreadsheetCells::safe).toArray());
    }
}
