package org.slastudio.monitoring;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * A CSV file read a line at a time: commas separate cells, a cell may be quoted with quotes inside it doubled, and
 * cells are trimmed. A quoted cell cannot span lines (no monitoring export we read writes one). Every few thousand
 * lines it says how much of the file has been read, and stops with a {@link CancellationException} once its thread
 * is interrupted (the Performance view's Cancel), as {@link RecordsReader} asks.
 */
final class CsvLines implements AutoCloseable {
    /** Lines between two looks at progress and cancellation: often enough to feel live, rare enough to cost nothing. */
    private static final int LINES_PER_LOOK = 2_000;

    private final BufferedReader reader;
    private final Counted counted;
    private final double size;
    private final String name;
    private final RecordsReader.Progress progress;
    private int number;

    private CsvLines(Path file, long size, RecordsReader.Progress progress) throws IOException {
        this.counted = new Counted(Files.newInputStream(file));
        this.reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()));
        this.size = Math.max(1, size);
        this.name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        this.progress = progress;
    }

    /** Bytes that are not UTF-8 fail the reading with an IOException, as {@link Files#readAllLines} does. */
    static CsvLines open(Path file) throws IOException {
        return open(file, RecordsReader.Progress.NONE);
    }

    /** @param progress told the share of the file's bytes read so far, every {@value #LINES_PER_LOOK} lines */
    static CsvLines open(Path file, RecordsReader.Progress progress) throws IOException {
        return new CsvLines(file, Files.size(file), progress);
    }

    /** The next line, without a byte order mark on the first; null at the end. */
    String next() throws IOException {
        String line = reader.readLine();
        if (line != null && number++ == 0 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (number % LINES_PER_LOOK == 0 && line != null) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("Reading " + name + " was cancelled");
            }
            progress.read(Math.min(1, counted.bytes / size));
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

    /** Counts the bytes read, for the share of a large file read so far. */
    private static final class Counted extends FilterInputStream {
        long bytes;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            bytes += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            bytes += Math.max(0, read);
            return read;
        }
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
        String[] cells = new String[8];
        int count = 0;
        StringBuilder cell = new StringBuilder();
        int n = line.length();
        int i = 0;
        boolean quoted = false;
        // Jumps from quote to comma with indexOf rather than looking at every character.
        while (true) {
            if (quoted) {
                int quote = line.indexOf('"', i);
                if (quote < 0) {
                    cell.append(line, i, n);
                    i = n;
                    quoted = false;
                } else {
                    cell.append(line, i, quote);
                    boolean doubled = quote + 1 < n && line.charAt(quote + 1) == '"';
                    if (doubled) {
                        cell.append('"');
                    }
                    quoted = doubled;
                    i = quote + (doubled ? 2 : 1);
                }
                continue;
            }
            int comma = line.indexOf(',', i);
            int end = comma < 0 ? n : comma;
            int quote = line.indexOf('"', i);
            if (quote >= 0 && quote < end) {
                cell.append(line, i, quote);
                quoted = true;
                i = quote + 1;
                continue;
            }
            String text = cell.length() == 0 ? line.substring(i, end) : cell.append(line, i, end).toString();
            if (count == cells.length) {
                cells = java.util.Arrays.copyOf(cells, count * 2);
            }
            cells[count++] = text.trim();
            cell.setLength(0);
            if (comma < 0) {
                return java.util.Arrays.copyOf(cells, count);
            }
            i = comma + 1;
        }
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
