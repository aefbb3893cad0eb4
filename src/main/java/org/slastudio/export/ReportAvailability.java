package org.slastudio.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.MeasurementPeriod;

/**
 * The report's availability section: for a run of periods, a clause per service level with a line of what happened,
 * the chart of its availability per period and a table of every period (availability, the downtime the target allows
 * in that period and the downtime used); for one period, one chart of the levels' downtime against their allowances
 * and one table of them all.
 */
final class ReportAvailability {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A row of the tables of periods, as laid out; and the height of the text of a page. */
    private static final float ROW = 19;
    private static final float PAGE_BODY = 690;

    private final Layout layout;
    private final ServiceHistory history;
    private final Citations citations;
    private final String number;
    private int figures;

    ReportAvailability(Layout layout, ServiceHistory history, Citations citations, String number) {
        this.layout = layout;
        this.history = history;
        this.citations = citations;
        this.number = number;
    }

    void write() {
        boolean one = history.periods().size() == 1;
        layout.section(number, one ? "Availability in " + ReportFigures.period(history.first()) : "Availability", 240);
        layout.text("Each Service is measured in each of its Availability Windows against its target"
                + Citations.under(citations.targets()) + ". The downtime a target allows in a period is the target applied"
                + " to the time of the window in that period, with maintenance windows and public holidays taken out, as the"
                + " Agreement states it for its first month; a longer period, or one with fewer holidays, allows more. The"
                + " share used is the downtime as a share of that allowance: above 100% the target was missed.");
        if (one) {
            onePeriod();
        } else {
            int clause = 0;
            for (List<TermHistory.Entry> level : ReportFigures.byLevel(history.entries()).values()) {
                level(level, number + "." + (++clause));
            }
        }
    }

    private void level(List<TermHistory.Entry> periods, String clause) {
        TermHistory.Entry first = periods.get(0);
        BigDecimal target = first.level().targetPercent();
        // The heading, its lines, the chart and the table on one page where they fit on one: a reader compares the bars
        // with the rows under them. A table too long for the page still starts under its chart.
        layout.keepSpace(Math.min(AvailabilityChart.HEIGHT + 170 + ROW * periods.size(), PAGE_BODY));
        layout.clauseHeading(clause, Wording.text(first.service().name()) + ", " + Wording.text(first.window().name()));
        layout.text(summary(periods));
        List<AvailabilityChart.Bar> bars = new ArrayList<>();
        Integer year = null;
        for (TermHistory.Entry e : periods) {
            int y = e.period().start().getYear();
            bars.add(new AvailabilityChart.Bar(barLabel(e.period()), year == null || year != y ? String.valueOf(y) : null,
                    e.measured().availabilityPercent(), ReportFigures.met(e)));
            year = y;
        }
        AvailabilityChart.place(layout, "Figure " + clause + ": Availability by " + noun()
                + (target == null ? "" : " against the " + ReportFigures.target(target) + " target"), bars, target);
        TableRows rows = layout.rows("Table " + clause + ": Availability, allowed downtime and downtime by " + noun(),
                Layout.table(new float[] {1.1f, 1.2f, 0.8f, 1.5f, 1.5f, 0.7f, 0.8f},
                        "Period", "Availability", "Result", "Allowed downtime", "Downtime", "Used", "Outages"));
        for (TermHistory.Entry e : periods) {
            rows.add(Layout.cell(ReportFigures.periodShort(e.period())));
            rows.add(Layout.right(ReportFigures.availability(e.measured().availabilityPercent())));
            rows.add(result(e));
            rows.add(Layout.right(allowed(e)));
            rows.add(Layout.right(downtime(e)));
            rows.add(Layout.right(used(e)));
            rows.add(Layout.right(String.valueOf(e.measured().countedOutages())));
        }
        rows.end();
    }

    /** E.g. "Target 99.95%, with Service Credits. Met in 9 of 12 months; missed in January, February and March 2026 ...". */
    private String summary(List<TermHistory.Entry> periods) {
        TermHistory.Entry first = periods.get(0);
        List<TermHistory.Entry> missed = periods.stream().filter(e -> !ReportFigures.met(e)).toList();
        StringBuilder s = new StringBuilder("Target " + ReportFigures.target(first.level().targetPercent())
                + (first.level().creditBearing() ? ", with Service Credits" : ", reported only: missing it earns no Service Credits")
                + ". Met in " + (periods.size() - missed.size()) + " of " + periods.size() + " " + nouns(periods.size()));
        if (!missed.isEmpty()) {
            TermHistory.Entry lowest = missed.stream().min((a, b) -> a.measured().availabilityPercent()
                    .compareTo(b.measured().availabilityPercent())).orElseThrow();
            s.append(missed.size() == periods.size() ? "; missed in every one, the lowest "
                    : missed.size() > 4 ? "; missed in " + Wording.number(missed.size()) + ", the lowest "
                    : "; missed in " + ReportFigures.periods(missed.stream().map(TermHistory.Entry::period).toList())
                    + (missed.size() == 1 ? ", at " : ", the lowest "))
                    .append(ReportFigures.availability(lowest.measured().availabilityPercent()))
                    .append(missed.size() == 1 && missed.size() < periods.size() ? "" : " in " + ReportFigures.period(lowest.period()));
        }
        if (!AllowedDowntime.byRequests(first.service().measurement())) {
            Duration down = Duration.ZERO;
            Duration allowed = Duration.ZERO;
            for (TermHistory.Entry e : periods) {
                down = down.plus(e.measured().downtime());
                Duration a = ReportFigures.allowed(e.level().targetPercent(), e.measured().windowTime());
                allowed = a == null ? allowed : allowed.plus(a);
            }
            s.append(". Downtime over the ").append(nouns(periods.size())).append(": ").append(ReportFigures.duration(down))
                    .append(", against ").append(ReportFigures.duration(allowed)).append(" allowed");
        }
        return s.append('.').toString();
    }

    private void onePeriod() {
        List<List<TermHistory.Entry>> levels = new ArrayList<>(ReportFigures.byLevel(history.entries()).values());
        List<AllowanceChart.Bar> bars = new ArrayList<>();
        for (List<TermHistory.Entry> level : levels) {
            TermHistory.Entry e = level.get(0);
            bars.add(new AllowanceChart.Bar(ReportFigures.levelName(e), usedPercent(e), ReportFigures.met(e)));
        }
        for (int from = 0; from < bars.size(); from += AllowanceChart.LEVELS_PER_CHART) {
            List<AllowanceChart.Bar> part = bars.subList(from, Math.min(bars.size(), from + AllowanceChart.LEVELS_PER_CHART));
            AllowanceChart.place(layout, "Figure " + number + "." + (++figures) + ": Downtime in "
                    + ReportFigures.period(history.first()) + " against the downtime each target allows", part);
        }
        TableRows rows = layout.rows("Table " + number + ".1: Availability, allowed downtime and downtime in "
                        + ReportFigures.period(history.first()),
                Layout.table(new float[] {2.1f, 1.25f, 0.8f, 0.9f, 1.4f, 1.4f, 0.75f},
                        "Service and window", "Availability", "Target", "Result", "Allowed downtime", "Downtime", "Used"));
        for (List<TermHistory.Entry> level : levels) {
            TermHistory.Entry e = level.get(0);
            rows.add(Layout.cell(Wording.text(e.service().name()) + ", " + Wording.text(e.window().name())));
            rows.add(Layout.right(ReportFigures.availability(e.measured().availabilityPercent())));
            rows.add(Layout.right(ReportFigures.target(e.level().targetPercent())));
            rows.add(result(e));
            rows.add(Layout.right(allowed(e)));
            rows.add(Layout.right(downtime(e)));
            rows.add(Layout.right(used(e)));
        }
        rows.end();
    }

    /** "99.95% met", "99.95% missed", the word in colour. */
    private static PdfPCell result(TermHistory.Entry e) {
        boolean met = ReportFigures.met(e);
        Phrase phrase = new Phrase("", Layout.TABLE);
        phrase.add(new Chunk(met ? "Met" : "Missed", met ? Layout.TABLE : MISSED_FONT));
        return Layout.cell(phrase);
    }

    static final com.lowagie.text.Font MISSED_FONT = new com.lowagie.text.Font(Fonts.SANS_BOLD, 8.5f,
            com.lowagie.text.Font.NORMAL, AvailabilityChart.MISSED);

    private static String allowed(TermHistory.Entry e) {
        if (e.level().targetPercent() == null) {
            return Wording.NOT_STATED;
        }
        if (AllowedDowntime.byRequests(e.service().measurement())) {
            return AllowedDowntime.failingShare(e.level().targetPercent()) + " of requests";
        }
        return ReportFigures.duration(ReportFigures.allowed(e.level().targetPercent(), e.measured().windowTime()));
    }

    private static String downtime(TermHistory.Entry e) {
        if (AllowedDowntime.byRequests(e.service().measurement())) {
            return HUNDRED.subtract(e.measured().availabilityPercent()).setScale(4, RoundingMode.UP).stripTrailingZeros()
                    .toPlainString() + "% failed";
        }
        return ReportFigures.duration(e.measured().downtime());
    }

    /** The shortfall from 100% as a share of the target's: downtime over allowed downtime, whatever the measurement. */
    static int usedPercent(TermHistory.Entry e) {
        BigDecimal target = e.level().targetPercent();
        BigDecimal shortfall = HUNDRED.subtract(e.measured().availabilityPercent());
        if (target == null || shortfall.signum() <= 0) {
            return 0;
        }
        BigDecimal gap = HUNDRED.subtract(target);
        if (gap.signum() == 0) {
            return 1000;
        }
        return shortfall.multiply(HUNDRED).divide(gap, 0, RoundingMode.CEILING).min(BigDecimal.valueOf(100_000)).intValue();
    }

    private static String used(TermHistory.Entry e) {
        return e.level().targetPercent() == null ? "—" : usedPercent(e) + "%";
    }

    private String barLabel(MeasurementPeriodRange p) {
        return switch (p.kind()) {
            case CALENDAR_MONTH, CALENDAR_MONTH_AS_30_DAYS -> p.start().getMonth()
                    .getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK);
            case CALENDAR_QUARTER -> "Q" + ((p.start().getMonthValue() + 2) / 3);
            case WEEK -> p.label().substring(5);
            case FIXED_30_DAY_MONTH -> p.start().getDayOfMonth() + " " + p.start().getMonth()
                    .getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK);
        };
    }

    private String noun() {
        MeasurementPeriod kind = history.first().kind();
        return switch (kind) {
            case CALENDAR_MONTH, CALENDAR_MONTH_AS_30_DAYS -> "month";
            case CALENDAR_QUARTER -> "quarter";
            case WEEK -> "week";
            case FIXED_30_DAY_MONTH -> "30-day period";
        };
    }

    private String nouns(int n) {
        return n == 1 ? noun() : noun() + "s";
    }
}
