package org.slastudio.monitoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Ticket> tickets = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            errors.add(file + ": the file is empty; the first line must name the columns, e.g. " + HEADER);
            return new Rows(tickets, errors, warnings);
        }
        String[] names = CsvCells.split(CsvCells.stripBom(lines.get(0)));
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].toLowerCase(Locale.ROOT).replace("_", "").replace(" ", ""), i);
        }
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
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String where = file + " line " + (n + 1) + ": ";
            String[] cells = CsvCells.split(line);
            if (cells.length != names.length) {
                errors.add(where + "has " + cells.length + " value" + (cells.length == 1 ? "" : "s") + " but the header names "
                        + names.length + " columns (" + String.join(",", names) + ")");
                continue;
            }
            try {
                Ticket ticket = ticket(cells, columns, known, zone, warning -> warnings.add(where + warning));
                Integer earlier = seen.putIfAbsent(ticket.id(), n + 1);
                if (earlier != null) {
                    throw new IllegalArgumentException("ticket " + ticket.id() + " is also on line " + earlier
                            + "; give each ticket once");
                }
                tickets.add(ticket);
            } catch (IllegalArgumentException e) {
                errors.add(where + e.getMessage());
            }
        }
        return new Rows(tickets, errors, warnings);
    }

    private static Ticket ticket(String[] cells, Map<String, Integer> columns, Set<String> serviceIds, ZoneId zone,
                                 Consumer<String> warn) {
        String id = cell(cells, columns.get("id"));
        if (id == null) {
            throw new IllegalArgumentException("id is empty; give the ticket's reference, e.g. INC-1042");
        }
        Priority priority = priority(cell(cells, columns.get("priority")));
        String service = cell(cells, columns.get("service"));
        if (service != null && !serviceIds.contains(service)) {
            throw new IllegalArgumentException("service \"" + service + "\" is not a service of the draft; its services are: "
                    + String.join(", ", serviceIds.stream().sorted().toList()));
        }
        Instant raised = CsvCells.instant(cell(cells, columns.get("raised")), "raised", zone, warn);
        String respondedText = cell(cells, columns.get("responded"));
        String resolvedText = cell(cells, columns.get("resolved"));
        Instant responded = respondedText == null ? null : CsvCells.instant(respondedText, "responded", zone, warn);
        Instant resolved = resolvedText == null ? null : CsvCells.instant(resolvedText, "resolved", zone, warn);
        if (responded != null && responded.isBefore(raised)) {
            throw new IllegalArgumentException("responded " + respondedText + " is before raised " + cell(cells, columns.get("raised")));
        }
        if (resolved != null && resolved.isBefore(raised)) {
            throw new IllegalArgumentException("resolved " + resolvedText + " is before raised " + cell(cells, columns.get("raised")));
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

    private static String cell(String[] cells, Integer column) {
        if (column == null || column >= cells.length || cells[column].isEmpty()) {
            return null;
        }
        return cells[column];
    }
}
