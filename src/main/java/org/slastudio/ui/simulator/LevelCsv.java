package org.slastudio.ui.simulator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The simulator's table as CSV (RFC 4180): a header row of the headings, then one line per row with each cell's text
 * as the table shows it ("1,250", "12.3%", "43m 12s"), so a spreadsheet holds what the reader saw. The one difference:
 * every line names its service, where the table names it once per group of rows, so lines stay right when sorted.
 */
final class LevelCsv {
    private LevelCsv() {
    }

    static String of(List<LevelColumns.Column> columns, List<LevelRow> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(columns.stream().map(c -> quoted(c.heading())).collect(Collectors.joining(","))).append("\r\n");
        for (LevelRow row : rows) {
            csv.append(columns.stream().map(c -> quoted(c.title().equals("Service") && c.group() == null
                    ? row.serviceName() : c.value().apply(row))).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted where a comma, quote or line break would split the cell; quotes inside doubled. */
    static String quoted(String cell) {
        String text = cell == null ? "" : cell;
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
