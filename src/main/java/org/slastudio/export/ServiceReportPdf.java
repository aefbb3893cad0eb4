package org.slastudio.export;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slastudio.engine.TermHistory;
import org.slastudio.engine.TicketCompliance;
import org.slastudio.model.PartyRole;
import org.slastudio.store.Draft;

/**
 * The service report an agreement's reporting clause promises, for one period or a run of them: the summary, the
 * availability of each service level against its target with the downtime allowed and used (a chart and a table per
 * level), the Service Credits owed with how each was worked out and when it must be claimed, where tickets are given
 * the response and resolution of Incidents by Priority, and the Scheduled Maintenance carried out. It cites the
 * agreement's clause numbers, and carries the agreement's version and fingerprint on every page.
 */
public final class ServiceReportPdf {
    private static final Font KICKER = new Font(Fonts.SANS_BOLD, 9, Font.NORMAL, Layout.MUTED);
    private static final Font TITLE = new Font(Fonts.SANS_BOLD, 18, Font.NORMAL, Layout.ACCENT);
    private static final Font SUBTITLE = new Font(Fonts.SANS, 13, Font.NORMAL, Layout.ACCENT);
    private static final Font LABEL = new Font(Fonts.SANS_BOLD, 9, Font.NORMAL, Layout.MUTED);
    private static final Font VALUE = new Font(Fonts.SANS, 9.5f, Font.NORMAL, Layout.INK);

    /** Incidents measured for the report, and the file they came from. */
    public record Tickets(String file, TicketCompliance.Result result) {
        public Tickets {
            Objects.requireNonNull(result, "result");
        }
    }

    private ServiceReportPdf() {
    }

    /** @param tickets null for a report without Incidents */
    public static ExportResult write(ServiceHistory history, Tickets tickets, ExportOptions given, OutputStream out)
            throws IOException {
        Objects.requireNonNull(history, "history");
        Draft draft = AgreementPdf.withoutNegotiation(history.draft());
        ExportOptions options = given.in(ReportFigures.locale(draft));
        String fingerprint = Fingerprint.shortOf(draft);
        Citations citations = new Citations(draft, options);
        String range = ReportFigures.range(history.first(), history.last());
        String title = "Service report, " + range;
        Consumer<Layout> build = layout -> build(layout, history, tickets, citations, fingerprint, range);
        PageFurniture furniture = new PageFurniture(title + ": " + ReportFigures.agreementTitle(draft),
                "Service report   ·   Version " + ReportFigures.version(draft) + "   ·   Fingerprint " + fingerprint,
                options.draftMark(), java.util.Map.of());
        Layout.draw(out, "the service report", furniture, options.issued(), (document, writer) -> {
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setFullCompression();
            document.addTitle(title);
            document.addSubject("Service report under the " + ReportFigures.agreementTitle(draft) + ", version "
                    + ReportFigures.version(draft) + ", for " + range);
        }, build);
        return new ExportResult(furniture.pageCount(), fingerprint);
    }

    private static void build(Layout layout, ServiceHistory history, Tickets tickets, Citations citations, String fingerprint,
                              String range) {
        heading(layout, history, tickets, fingerprint, range);
        int section = 0;
        layout.section(String.valueOf(++section), "Summary", 200);
        summary(layout, history, citations);
        new ReportAvailability(layout, history, citations, String.valueOf(++section)).write();
        if (history.entries().stream().anyMatch(e -> e.credit() != null)) {
            new ReportCredits(layout, history, citations, String.valueOf(++section)).write();
        }
        if (tickets != null) {
            new ReportTickets(layout, history, citations, String.valueOf(++section), tickets).write();
        }
        new ReportMaintenance(layout, history, citations, String.valueOf(++section)).write();
        layout.section(String.valueOf(++section), "How the figures were worked out", 120);
        notes(layout, history, tickets, citations);
    }

    private static void heading(Layout layout, ServiceHistory history, Tickets tickets, String fingerprint, String range) {
        Draft draft = history.draft();
        Locale locale = ReportFigures.locale(draft);
        Paragraph kicker = new Paragraph("SERVICE REPORT", KICKER);
        kicker.setSpacingAfter(4);
        layout.add(kicker);
        Paragraph head = new Paragraph(24, ReportFigures.agreementTitle(draft), TITLE);
        head.setSpacingAfter(2);
        layout.add(head);
        Paragraph sub = new Paragraph(18, Wording.capitalised(range), SUBTITLE);
        sub.setSpacingAfter(12);
        layout.add(sub);

        PdfPTable block = new PdfPTable(new float[] {1.1f, 5f});
        block.setWidthPercentage(100);
        row(block, "Provider", ReportFigures.name(ReportFigures.party(draft, PartyRole.PROVIDER)));
        row(block, "Customer", ReportFigures.name(ReportFigures.party(draft, PartyRole.CUSTOMER)));
        row(block, "Agreement", "Version " + ReportFigures.version(draft) + ", fingerprint " + fingerprint);
        int n = history.periods().size();
        row(block, "Periods", Wording.capitalised(range) + " (" + n + " measurement period" + (n == 1 ? ")" : "s)"));
        row(block, "Read on", ReportFigures.date(history.asOf(), locale));
        row(block, "Records", (history.records() == null ? "—" : history.records() + " (availability)")
                + (tickets == null || tickets.file() == null ? "" : ", " + tickets.file() + " (Incidents)"));
        for (PdfPCell cell : block.getRow(block.size() - 1).getCells()) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(Layout.ACCENT);
            cell.setBorderWidth(0.8f);
            cell.setPaddingBottom(9);
        }
        block.setSpacingAfter(10);
        layout.add(block);
    }

    private static void summary(Layout layout, ServiceHistory history, Citations citations) {
        List<List<TermHistory.Entry>> levels = new ArrayList<>(ReportFigures.byLevel(history.entries()).values());
        long missed = levels.stream().filter(l -> l.stream().anyMatch(e -> !ReportFigures.met(e))).count();
        String reporting = citations.reporting().map(h -> " This is the report " + Citations.inText(h)
                + " of the Agreement provides for.").orElse("");
        layout.text("This report states, for each Service and Availability Window, the availability achieved against its"
                + " target, the downtime the target allows and the downtime used, and the Service Credits due, with how each"
                + " was worked out and by when it must be claimed." + reporting + " "
                + (missed == 0 ? "Every level met its target in every period."
                : missed == levels.size() ? (missed == 1 ? "The level" : "Every level") + " missed its target in at least"
                + " one period."
                : Wording.capitalised(Wording.number((int) missed)) + " of the " + Wording.number(levels.size())
                + " levels missed " + (missed == 1 ? "its target" : "their targets") + " in at least one period."));
        Locale locale = ReportFigures.locale(history.draft());
        Currency currency = ReportFigures.currency(history.entries(), history.draft());
        boolean many = history.periods().size() > 1;
        TableRows rows = layout.rows("Table 1: Each level at a glance",
                Layout.table(new float[] {2.3f, 1.2f, 0.8f, 0.9f, 1.2f, 1.4f},
                        "Service", "Window", "Target", many ? "Met in" : "Result", many ? "Lowest" : "Availability", "Credits due"));
        BigDecimal total = BigDecimal.ZERO;
        for (List<TermHistory.Entry> level : levels) {
            TermHistory.Entry first = level.get(0);
            BigDecimal owed = level.stream().map(TermHistory.Entry::owed).reduce(BigDecimal.ZERO, BigDecimal::add);
            total = total.add(owed);
            long met = level.stream().filter(ReportFigures::met).count();
            BigDecimal lowest = level.stream().map(e -> e.measured().availabilityPercent()).min(BigDecimal::compareTo).orElseThrow();
            rows.add(Layout.cell(Wording.text(first.service().name())));
            rows.add(Layout.cell(Wording.text(first.window().name())));
            rows.add(Layout.right(ReportFigures.target(first.level().targetPercent())));
            rows.add(Layout.right(many ? met + " of " + level.size() : met == 1 ? "Met" : "Missed"));
            rows.add(Layout.right(ReportFigures.availability(lowest)));
            rows.add(Layout.right(first.level().creditBearing() ? ReportFigures.money(owed, currency, locale) : "reported only"));
        }
        rows.end();
        ReportCredits.Totals t = ReportCredits.Totals.of(history.entries());
        StringBuilder s = new StringBuilder("Service Credits due in all: " + ReportFigures.money(total, currency, locale) + ".");
        if (t.openClaims() > 0) {
            s.append(" Claims open on ").append(ReportFigures.date(history.asOf(), locale)).append(": ")
                    .append(ReportFigures.money(t.open(), currency, locale)).append(t.earliestOpen() == null ? ""
                            : ", the first to be made by " + ReportFigures.date(t.earliestOpen(), locale)).append('.');
        }
        if (t.pending().signum() > 0) {
            s.append(" ").append(ReportFigures.money(t.pending(), currency, locale)).append(" may yet be earned back.");
        }
        layout.text(s.toString());
        for (String left : history.leftOut()) {
            layout.note(left + ": it is not in this report.");
        }
    }

    private static void notes(Layout layout, ServiceHistory history, Tickets tickets, Citations citations) {
        Locale locale = ReportFigures.locale(history.draft());
        layout.text("Availability is measured from " + (history.records() == null ? "the records given" : history.records())
                + " under each Service's measurement terms: the minimum outage, when the clock starts, how overlapping"
                + " records merge, and the time the window and its maintenance windows leave to be measured, as "
                + citations.measurement().map(Citations::inText).orElse("the Agreement") + " states them. Figures are exact; availability is shown to four decimals, cut rather"
                + " than rounded, so that a missed target never reads as met.");
        var overview = history.draft().agreement().overview();
        boolean fromTheStart = overview != null && overview.effectiveDate() != null
                && !history.first().start().isAfter(overview.effectiveDate());
        layout.text("The periods are worked out in order. " + (fromTheStart
                ? "The report starts with the first period of the term, so every earlier credit counts against the caps over"
                + " several periods."
                : "A period before " + ReportFigures.period(history.first()) + " counts as one without Service Credits:"
                + " credits of earlier periods are not counted against the caps over several periods, as they would be in a"
                + " report from the start of the term.") + " Services share an At-Risk Amount in the order the Agreement"
                + " lists them. A credit earned back was never paid, so it does not count against later caps.");
        layout.text("Claim deadlines are read on " + ReportFigures.date(history.asOf(), locale) + ": a claim is open until the"
                + " end of its last day. Periods not over on that day are not in this report, as they cannot be measured yet;"
                + " an earn-back that depends on them is shown as pending.");
        if (tickets != null) {
            layout.text("Incidents are read from " + tickets.file() + ". Due times follow each target's clock with its"
                    + " holidays, a clock stopped outside its hours counting on from their next opening; the time taken is real"
                    + " time from being raised, for reference.");
        }
    }

    private static void row(PdfPTable block, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        PdfPCell v = new PdfPCell(new Phrase(value == null || value.isBlank() ? "—" : value.strip(), VALUE));
        for (PdfPCell cell : List.of(l, v)) {
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingTop(2);
            cell.setPaddingBottom(3);
            cell.setPaddingLeft(0);
        }
        v.setHorizontalAlignment(Element.ALIGN_LEFT);
        block.addCell(l);
        block.addCell(v);
    }
}
