package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.slastudio.engine.Ticket;
import org.slastudio.engine.TicketCompliance;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Priority;

/**
 * The report's section on Incidents: for each priority and each response or resolution target, how many tickets met
 * it, missed it or are still open, the share that met it against the share the target requires, and the periods in
 * which that share fell short; then every Incident with its times, as the reporting clause asks.
 */
final class ReportTickets {
    private static final com.lowagie.text.Font DUE = new com.lowagie.text.Font(Fonts.SANS, 7.5f,
            com.lowagie.text.Font.NORMAL, Layout.MUTED);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private final Layout layout;
    private final ServiceHistory history;
    private final Citations citations;
    private final String number;
    private final ServiceReportPdf.Tickets tickets;

    ReportTickets(Layout layout, ServiceHistory history, Citations citations, String number, ServiceReportPdf.Tickets tickets) {
        this.layout = layout;
        this.history = history;
        this.citations = citations;
        this.number = number;
        this.tickets = tickets;
    }

    void write() {
        TicketCompliance.Result result = tickets.result();
        layout.section(number, "Response and resolution", 200);
        int count = (int) result.measured().stream().map(TicketCompliance.Measured::ticket).distinct().count();
        StringBuilder intro = new StringBuilder("Incidents are measured against the response and resolution targets for their"
                + " Priority" + Citations.under(citations.responseTimes()) + ", each on its own clock: around the clock, or only"
                + " in the hours of the Availability Window the target names. An Incident belongs to the period in which it"
                + " was raised; one still waiting has missed its target once its time has run out, and is open until then,"
                + " counted neither way. " + Wording.capitalised(Wording.number(count)) + (count == 1 ? " Incident" : " Incidents")
                + " of " + tickets.file() + " fall in " + ReportFigures.range(history.first(), history.last()) + ".");
        if (result.outsideRun() > 0) {
            intro.append(" ").append(Wording.capitalised(Wording.number(result.outsideRun())))
                    .append(result.outsideRun() == 1 ? " was" : " were").append(" raised outside it and ")
                    .append(result.outsideRun() == 1 ? "is" : "are").append(" left out.");
        }
        if (!result.notMeasured().isEmpty()) {
            intro.append(" No target covers ").append(Wording.list(result.notMeasured().stream().map(ReportTickets::priority)
                    .toList())).append(": those Incidents are listed but not measured.");
        }
        layout.text(intro.toString());
        if (result.lines().isEmpty()) {
            layout.text("The Agreement sets no response or resolution targets by Priority.");
            return;
        }
        boolean many = history.periods().size() > 1;
        // Widths in points of the 425 a table has: every heading on one line, the target in two.
        TableRows rows = layout.rows("Table " + number + ".1: Response and resolution by Priority",
                Layout.table(many ? new float[] {41, 54, 95, 39, 25, 38, 31, 48, 54} : new float[] {41, 54, 149, 39, 25, 38, 31, 48},
                        many ? new String[] {"Priority", "Measure", "Target", "Tickets", "Met", "Missed", "Open", "Achieved",
                                "Short in"}
                                : new String[] {"Priority", "Measure", "Target", "Tickets", "Met", "Missed", "Open", "Achieved"}));
        for (TicketCompliance.Line line : result.lines()) {
            TicketCompliance.Tally all = line.overall();
            rows.add(Layout.cell(line.target().priority().name()));
            rows.add(Layout.cell(line.response() ? "Response" : "Resolution"));
            Phrase target = new Phrase(Wording.target(line.target(), line.metric()), Layout.TABLE);
            String clock = line.metric().clockWindowId() == null ? "around the clock" : "in " + history.draft().agreement()
                    .window(line.metric().clockWindowId()).map(w -> Wording.text(w.name())).orElse(Wording.NOT_STATED);
            target.add(new Chunk("\n" + Wording.number(line.requiredPercent()) + "% · " + clock, DUE));
            rows.add(Layout.cell(target));
            rows.add(Layout.right(String.valueOf(all.tickets())));
            rows.add(Layout.right(String.valueOf(all.met())));
            rows.add(Layout.right(String.valueOf(all.missed())));
            rows.add(Layout.right(String.valueOf(all.open())));
            rows.add(achieved(line, all));
            if (many) {
                List<String> shortIn = new ArrayList<>();
                for (int p = 0; p < history.periods().size(); p++) {
                    if (Boolean.FALSE.equals(line.achieved(line.byPeriod().get(p)))) {
                        shortIn.add(ReportFigures.periodShort(history.periods().get(p)));
                    }
                }
                rows.add(Layout.cell(shortIn.isEmpty() ? "—" : String.join(", ", shortIn)));
            }
        }
        rows.end();
        layout.note("Under each target, the share of Incidents it requires to meet it, and its clock. Achieved is the share"
                + " of decided Incidents (met or missed) that met the target"
                + (many ? " over the whole range; Short in names the periods in which that share fell below the one required."
                : "."));
        incidents(result);
    }

    private static PdfPCell achieved(TicketCompliance.Line line, TicketCompliance.Tally tally) {
        BigDecimal share = tally.compliancePercent();
        if (share == null) {
            return Layout.right("—");
        }
        Phrase phrase = new Phrase("", Layout.TABLE);
        String text = share.setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
        phrase.add(new Chunk(text, Boolean.TRUE.equals(line.achieved(tally)) ? Layout.TABLE : ReportAvailability.MISSED_FONT));
        PdfPCell cell = Layout.cell(phrase);
        cell.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_RIGHT);
        return cell;
    }

    private void incidents(TicketCompliance.Result result) {
        String clause = number + ".2";
        layout.keepSpace(200);
        layout.clauseHeading(clause, "Incidents");
        layout.text("Each Incident with its response and resolution: met or missed, the time taken in real time from being"
                + " raised, and when it was due on the target's clock. Times are in the zone of that clock.");
        TableRows rows = layout.rows("Table " + clause + ": Incidents and their response and resolution times",
                Layout.table(new float[] {1.0f, 0.7f, 1.3f, 2.0f, 2.0f}, "Incident", "Priority", "Raised", "Response",
                        "Resolution"));
        Map<Ticket, List<TicketCompliance.Measured>> byTicket = new LinkedHashMap<>();
        for (TicketCompliance.Measured m : result.measured()) {
            byTicket.computeIfAbsent(m.ticket(), t -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Ticket, List<TicketCompliance.Measured>> e : byTicket.entrySet()) {
            Ticket ticket = e.getKey();
            ZonedDateTime raised = ticket.raised().atZone(e.getValue().get(0).deadline().zone());
            rows.add(Layout.cell(ticket.id()));
            rows.add(Layout.cell(ticket.priority().name()));
            rows.add(Layout.cell(WHEN.format(raised)));
            rows.add(times(e.getValue(), true));
            rows.add(times(e.getValue(), false));
        }
        rows.end();
    }

    /** "Met in 10 min" over "due Sat 10 Jan 10:17", for each target of the kind that measured the ticket. */
    private static PdfPCell times(List<TicketCompliance.Measured> measured, boolean response) {
        Phrase phrase = new Phrase("", Layout.TABLE);
        for (TicketCompliance.Measured m : measured) {
            if ((m.metric().kind() == MetricKind.RESPONSE_TIME) != response) {
                continue;
            }
            if (!phrase.isEmpty()) {
                phrase.add(new Chunk("\n", Layout.TABLE));
            }
            String taken = m.done() == null ? "" : " in " + taken(m.ticket().raised(), m.done());
            phrase.add(switch (m.outcome()) {
                case MET -> new Chunk("Met" + taken, Layout.TABLE);
                case MISSED -> new Chunk("Missed" + (m.done() == null ? ", not yet " + (response ? "responded" : "resolved")
                        : taken), ReportAvailability.MISSED_FONT);
                case OPEN -> new Chunk("Open", Layout.TABLE_BOLD);
            });
            phrase.add(new Chunk("\ndue " + WHEN.format(m.deadline().due().atZone(m.deadline().zone())), DUE));
        }
        return Layout.cell(phrase.isEmpty() ? new Phrase("—", Layout.TABLE) : phrase);
    }

    /** "25 min", "2 h 40 min", "3 d 2 h": real time from raised to done. */
    static String taken(Instant from, Instant to) {
        long minutes = Math.max(0, Duration.between(from, to).toMinutes());
        if (minutes < 60) {
            return minutes + "\u00a0min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + "\u00a0h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "\u00a0min");
        }
        return hours / 24 + "\u00a0d" + (hours % 24 == 0 ? "" : " " + hours % 24 + "\u00a0h");
    }

    static String priority(Priority p) {
        return "Priority " + p.name().substring(1);
    }
}
