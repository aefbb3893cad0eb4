package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slastudio.engine.AvailabilityMeasurement;
import org.slastudio.engine.BusinessDays;
import org.slastudio.engine.Outage;
import org.slastudio.engine.PlannedWork;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementRule;

/**
 * The report's section on the Scheduled Maintenance carried out: each planned-work record on each Availability Window
 * of its Service, with the time it took within the window's maintenance windows, the time outside them in the window's
 * hours, the notice given and how the measurement treated it.
 */
final class ReportMaintenance {
    private static final Font SMALL = new Font(Fonts.SANS, 7.5f, Font.NORMAL, Layout.MUTED);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final Layout layout;
    private final ServiceHistory history;
    private final Citations citations;
    private final String number;

    ReportMaintenance(Layout layout, ServiceHistory history, Citations citations, String number) {
        this.layout = layout;
        this.history = history;
        this.citations = citations;
        this.number = number;
    }

    void write() {
        layout.section(number, "Scheduled maintenance", 300);
        String range = ReportFigures.range(history.first(), history.last());
        String records = history.records() == null ? "the records given" : history.records();
        int count = history.plannedWork().values().stream().mapToInt(List::size).sum();
        if (count == 0) {
            layout.text("No planned work is recorded in " + records + " for " + range + ".");
            return;
        }
        layout.text("Table " + number + ".1 lists each record of planned work in " + records + " for " + range + " ("
                + Wording.number(count) + (count == 1 ? " record" : " records") + ") on each Availability Window of its"
                + " Service" + Citations.under(citations.maintenance()) + ". Work within a window's maintenance windows is"
                + " maintenance, not Downtime. Work outside them, in the window's hours, is Downtime unless the window's"
                + " rules excuse it for the notice given; work outside the window's hours is not measured in it.");
        TableRows rows = layout.rows("Table " + number + ".1: Planned work and how it was measured",
                Layout.table(new float[] {1.9f, 1.7f, 0.9f, 1.45f, 1.0f, 1.1f, 1.2f}, "Service", "Work", "Length",
                        "In maintenance windows", "Outside them", "Notice", "Treated as"));
        Duration down = Duration.ZERO;
        int downRows = 0;
        for (List<TermHistory.Entry> level : ReportFigures.byLevel(history.entries()).values()) {
            TermHistory.Entry e = level.get(0);
            List<Outage> work = history.plannedWork().getOrDefault(e.service().id(), List.of());
            if (work.isEmpty()) {
                continue;
            }
            AvailabilityWindow window = e.window();
            MeasurementRule rule = e.service().measurement() == null ? MeasurementRule.timeBased() : e.service().measurement();
            var overview = history.draft().agreement().overview();
            ZoneId periodZone = AvailabilityMeasurement.periodZone(rule, overview == null ? null : overview.timeZone());
            Instant from = history.first().startIn(periodZone);
            Instant to = history.last().endIn(periodZone);
            for (PlannedWork.CarriedOut c : PlannedWork.carriedOut(window,
                    () -> BusinessDays.of(history.draft().agreement(), window), work, from, to)) {
                rows.add(Layout.cell(ReportFigures.levelName(e)));
                rows.add(when(c.decision().outage(), window.zone()));
                rows.add(Layout.right(ReportFigures.duration(c.length())));
                rows.add(Layout.right(ReportFigures.duration(c.inMaintenance())));
                rows.add(Layout.right(ReportFigures.duration(c.outside())));
                rows.add(notice(c, window));
                rows.add(treatedAs(c));
                if (!c.downtime().isZero()) {
                    down = down.plus(c.downtime());
                    downRows++;
                }
            }
        }
        rows.end();
        layout.note("Times are in each window's zone. Notice is the time from the work's announcement to its start, in"
                + " Business Days where the window's rules count notice so; under it, the notice the maintenance windows ask"
                + " for where the work had less. Work in a maintenance window is measured as maintenance whatever its"
                + " notice; short notice is shown for the parties to take up. The time outside the maintenance windows"
                + " counts as Downtime as the measurement terms count any outage: above the minimum outage and merged with"
                + " records that overlap it.");
        layout.text(downRows == 0 ? "No planned work counted as Downtime."
                : Wording.capitalised(Wording.number(downRows)) + (downRows == 1 ? " record" : " records")
                + " of planned work ran outside the maintenance windows for " + ReportFigures.duration(down)
                + " in all, counted as Downtime in the availability above.");
    }

    /** "Sun 8 Feb 2026" over "03:00–05:00", or both days where the work ran past midnight. */
    private static PdfPCell when(Outage o, ZoneId zone) {
        ZonedDateTime start = o.start().atZone(zone);
        ZonedDateTime end = o.end().atZone(zone);
        boolean sameDay = start.toLocalDate().equals(end.toLocalDate())
                || end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && end.toLocalDate().equals(start.toLocalDate().plusDays(1));
        String text = sameDay ? DAY.format(start) + "\n" + TIME.format(start) + "–" + TIME.format(end)
                : DAY.format(start) + " " + TIME.format(start) + " to\n" + DAY.format(end) + " " + TIME.format(end);
        return Layout.cell(text);
    }

    /**
     * The notice given; under it, where the work ran in a maintenance window that asks for more notice than it had,
     * what the window asks, for the customer to raise.
     */
    private static PdfPCell notice(PlannedWork.CarriedOut c, AvailabilityWindow window) {
        Outage o = c.decision().outage();
        Duration given = o.announcedAt() == null ? null : Duration.between(o.announcedAt(), o.start());
        Phrase phrase = new Phrase(c.decision().notice() != null ? BusinessDays.describe(c.decision().notice())
                : given == null ? "not recorded" : hours(given), Layout.TABLE);
        Integer asked = window.maintenance().stream().filter(Objects::nonNull).map(MaintenanceWindow::noticeHours)
                .filter(Objects::nonNull).max(Integer::compare).orElse(null);
        if (asked != null && !c.inMaintenance().isZero() && (given == null || given.compareTo(Duration.ofHours(asked)) < 0)) {
            phrase.add(new Chunk("\n" + asked + "\u00a0h asked", SMALL));
        }
        return Layout.cell(phrase);
    }

    /** "65 h 30 min", "168 h": in hours, as maintenance windows state their notice. */
    private static String hours(Duration notice) {
        long minutes = Math.max(0, notice.toMinutes());
        return minutes / 60 + "\u00a0h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "\u00a0min");
    }

    private static PdfPCell treatedAs(PlannedWork.CarriedOut c) {
        if (!c.downtime().isZero()) {
            return Layout.cell(new Phrase("Downtime", ReportAvailability.MISSED_FONT));
        }
        if (!c.outside().isZero()) {
            return Layout.cell("Maintenance, excused by notice");
        }
        return Layout.cell(c.inMaintenance().isZero() ? "Outside the window's hours" : "Maintenance");
    }
}
