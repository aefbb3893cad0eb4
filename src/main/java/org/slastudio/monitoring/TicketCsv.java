package org.slastudio.monitoring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slastudio.engine.Ticket;
import org.slastudio.model.Priority;

/**
 * Incidents from a CSV file with a header row: id, priority (P1 to P4), raised, responded, resolved, and optionally
 * service, in any order. Times are ISO-8601, with an offset or read in the agreement's zone, as outage records are; a
 * ticket still waiting leaves responded or resolved empty. Every bad row is named by its line, not only the first.
 */
public final class TicketCsv {
    public static final String HEADER = "id,priority,raised,responded,resolved";
    private static final List<String> REQUIRED = List.of("id", "priority", "raised", "responded", "resolved");

    /** @param warnings local times read one way of two, each naming its line */
    public record Rows(List<Ticket> tickets, List<String> errors, List<String> warnings) {
    }

    private TicketCsv() {
    }

    public static Rows read(Path file, Collection<String> serviceIds, ZoneId zone) throws IOException {
        List<Ticket> tickets = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (CsvLines lines = CsvLines.open(file)) {
            String header = lines.next();
            if (header == null || header.isBlank()) {
                errors.add(file + ": the file is empty; the first line must name the columns, e.g. " + HEADER);
                return new Rows(tickets, errors, warnings);
            }
            String[] names = CsvLines.split(header);
            Map<String, Integer> columns = CsvLines.columns(names);
            for (String column : REQUIRED) {
                if (!columns.containsKey(column)) {
                    errors.add(file + " line 1: no column \"" + column + "\"; the header must name the columns, e.g. " + HEADER);
                }
            }
            if (!errors.isEmpty()) {
                return new Rows(tickets, errors, warnings);
            }
            Set<String> known = Set.copyOf(serviceIds);
            Map<String, Integer> seen = new HashMap<>();
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                int n = lines.number();
                String where = file + " line " + n + ": ";
                String[] cells = CsvLines.split(line);
                if (cells.length != names.length) {
                    errors.add(where + "has " + cells.length + " value" + (cells.length == 1 ? "" : "s") + " but the header"
                            + " names " + names.length + " columns (" + String.join(",", names) + ")");
                    continue;
                }
                try {
                    Ticket ticket = ticket(cells, columns, known, zone, warning -> warnings.add(where + warning));
                    Integer earlier = seen.putIfAbsent(ticket.id(), n);
                    if (earlier != null) {
                        throw new IllegalArgumentException("ticket " + ticket.id() + " is also on line " + earlier
                                + "; give each ticket once");
                    }
                    tickets.add(ticket);
                } catch (IllegalArgumentException e) {
                    errors.add(where + e.getMessage());
                }
            }
        }
        return new Rows(tickets, errors, warnings);
    }

    private static Ticket ticket(String[] cells, Map<String, Integer> columns, Set<String> serviceIds, ZoneId zone,
                                 Consumer<String> warn) {
        String id = CsvLines.cell(cells, columns.get("id"));
        if (id == null) {
            throw new IllegalArgumentException("id is empty; give the ticket's reference, e.g. INC-1042");
        }
        Priority priority = priority(CsvLines.cell(cells, columns.get("priority")));
        String service = CsvLines.cell(cells, columns.get("service"));
        if (service != null && !serviceIds.contains(service)) {
            throw new IllegalArgumentException("service \"" + service + "\" is not a service of the draft; its services are: "
                    + String.join(", ", serviceIds.stream().sorted().toList()));
        }
        String raisedText = CsvLines.cell(cells, columns.get("raised"));
        Instant raised = Times.instant(raisedText, "raised", zone, warn);
        String respondedText = CsvLines.cell(cells, columns.get("responded"));
        String resolvedText = CsvLines.cell(cells, columns.get("resolved"));
        Instant responded = respondedText == null ? null : Times.instant(respondedText, "responded", zone, warn);
        Instant resolved = resolvedText == null ? null : Times.instant(resolvedText, "resolved", zone, warn);
        if (responded != null && responded.isBefore(raised)) {
            throw new IllegalArgumentException("responded " + respondedText + " is before raised " + raisedText);
        }
        if (resolved != null && resolved.isBefore(raised)) {
            throw new IllegalArgumentException("resolved " + resolvedText + " is before raised " + raisedText);
        }
        if (resolved != null && responded == null) {
            throw new IllegalArgumentException("resolved is given but responded is empty; a ticket is responded to when or"
                    + " before it is resolved: give the time of the response");
        }
        if (resolved != null && resolved.isBefore(responded)) {
            throw new IllegalArgumentException("resolved " + resolvedText + " is before responded " + respondedText);
        }
        return new Ticket(id, priority, service, raised, responded, resolved);
    }

    private static Priority priority(String text) {
        if (text == null) {
            throw new IllegalArgumentException("priority is empty; write P1, P2, P3 or P4");
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Priority p : Priority.values()) {
            if (p.name().equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("priority \"" + text + "\" is not one of P1, P2, P3, P4");
    }
}
