package org.slastudio.monitoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read a line at a time: commas separate cells, a cell may be quoted with quotes inside it doubled, and
 * cells are trimmed. A quoted cell cannot span lines (no monitoring export we read writes one).
 */
final class CsvLines implements AutoCloseable {

    private final BufferedReader reader;
    private int number;

    private CsvLines(BufferedReader reader) {
        this.reader = reader;
    }

    /** Bytes that are not UTF-8 fail the reading with an IOException, as {@link Files#readAllLines} does. */
    static CsvLines open(Path file) throws IOException {
        return new CsvLines(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    /** The next line, without a byte order mark on the first; null at the end. */
    String next() throws IOException {
        String line = reader.readLine();
        if (line != null && number++ == 0 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        return line;
    }

    /** The number of the line last returned, counting from 1. */
    int number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Where a header that is not comma-separated uses semicolons or tabs instead (as some spreadsheets save), which. */
    static String otherSeparator(String header) {
        if (header.contains(",")) {
            return null;
        }
        return header.contains(";") ? "semicolons" : header.contains("\t") ? "tabs" : null;
    }

    /** Column names, folded so that "Error Rate Percent", "error_rate_percent" and "Date-Time" match their keys. */
    static Map<String, Integer> columns(String[] names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(fold(names[i]), i);
        }
        return columns;
    }

    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "").replace("-", "");
    }

    static String[] split(String line) {
        if (line.indexOf('"') < 0) {
            return splitPlain(line);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells.toArray(new String[0]);
    }

    private static String[] splitPlain(String line) {
        int count = 1;
        for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
            count++;
        }
        String[] cells = new String[count];
        int from = 0;
        for (int k = 0; k < count; k++) {
            int to = k == count - 1 ? line.length() : line.indexOf(',', from);
            cells[k] = line.substring(from, to).trim();
            from = to + 1;
        }
        return cells;
    }

    /** The cell in a column, or null where the column is absent or the cell empty. */
    static String cell(String[] cells, Integer column) {
        if (column == null || column >= cells.length || cells[column].isEmpty()) {
            return null;
        }
        return cells[column];
    }
}
