package org.slastudio.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** The kinds of monitoring file read: our own CSV, and the exports of the tools users have. */
public enum SourceFormat {
    /** SLA Studio's outage CSV: start,end,reported_at,planned,announced,service (or intervals, or request counts). */
    CSV,
    /** An Atlassian Statuspage incidents export or API response: incidents with components, and maintenances. */
    STATUSPAGE,
    /** An uptime checker's event log (as UptimeRobot exports it): a Down or Up event per row, per monitor. */
    UPTIME,
    /** A Prometheus range query response (/api/v1/query_range): an up series or an error ratio per step. */
    PROMETHEUS;

    private static final int PEEK = 64 * 1024;
    private static final Set<String> EVENT_COLUMNS = Set.of("event", "eventtype", "type", "status");
    private static final Set<String> MONITOR_COLUMNS = Set.of("monitor", "monitorname", "friendlyname", "check", "name");

    /**
     * The format a file's name and first bytes show; our CSV where nothing else is plain, and null where a JSON file
     * could be either JSON format (or neither), which the caller asks the user to say.
     */
    public static SourceFormat detect(Path file) throws IOException {
        String start = peek(file).stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            boolean prometheus = start.contains("\"resultType\"") || start.contains("\"errorType\"");
            boolean statusPage = start.contains("\"incidents\"") || start.contains("\"incident_updates\"")
                    || start.contains("\"scheduled_maintenances\"");
            return prometheus == statusPage ? null : prometheus ? PROMETHEUS : STATUSPAGE;
        }
        int end = start.indexOf('\n');
        String header = end < 0 ? start : start.substring(0, end);
        Map<String, Integer> columns = CsvLines.columns(CsvLines.split(header.strip()));
        boolean events = columns.keySet().stream().anyMatch(EVENT_COLUMNS::contains)
                && columns.keySet().stream().anyMatch(MONITOR_COLUMNS::contains);
        return events && !columns.containsKey("start") ? UPTIME : CSV;
    }

    private static String peek(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(PEEK);
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    /** As the user writes it: csv, statuspage, uptime, prometheus. */
    public String written() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
