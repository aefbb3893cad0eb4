package org.slastudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slastudio.engine.DowntimeBudget;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.WindowCalendar;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MeasurementPeriod;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "downtime",
        description = "The minutes of a window and the downtime a target allows in them, per day (the period's "
                + "average), week, period and year, on the real calendar of the window's time zone: daylight "
                + "saving days, holidays and the length of each month count exactly.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "2:the command was used wrongly, e.g. a target above 100"})
final class DowntimeCommand implements Callable<Integer> {

    enum Format { text, json }

    static final class PeriodChoice {
        @Option(names = "--period", paramLabel = "PERIOD", description = "A month (2025-03), quarter (2025-Q1) or ISO week (2025-W13).")
        String period;

        @Option(names = "--days", paramLabel = "N", description = "A period of N days from --from, e.g. 30 for a fixed 30-day month.")
        Integer days;

        @Option(names = "--quarter", paramLabel = "QUARTER", description = "A calendar quarter, e.g. 2025-Q1.")
        String quarter;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "PERCENT", description = "The availability target, e.g. 99.9.")
    String target;

    @Option(names = "--window", defaultValue = "24x7", paramLabel = "HOURS",
            description = "\"24x7\" (default) or hours such as \"Mon-Fri 08:00-18:00\", several joined by commas.")
    String window;

    @Option(names = "--tz", defaultValue = "UTC", paramLabel = "ZONE", description = "The window's time zone (default: UTC), e.g. Europe/London.")
    String zone;

    @ArgGroup(exclusive = true)
    PeriodChoice choice;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of a --days period (default: the first of this month).")
    LocalDate from;

    @Option(names = "--holiday", paramLabel = "DATE", arity = "1..*", description = "Dates on which the window is closed.")
    List<LocalDate> holidays = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    record Row(String span, String label, WindowCalendar calendar, DowntimeBudget budget) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            BigDecimal percent = percent(target);
            ZoneId z = zone(zone);
            AvailabilityWindow w = WindowSpec.parse(window, z, holidays);
            MeasurementPeriodRange period = period(z);
            List<Row> rows = rows(w, z, period, percent);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(json(percent, w, rows));
            } else {
                text(out, percent, w, rows);
            }
            return Cli.OK;
        } catch (IllegalArgumentException | DateTimeException e) {
            err.println("downtime: " + e.getMessage());
            return Cli.UNREADABLE;
        }
    }

    private MeasurementPeriodRange period(ZoneId z) {
        if (choice != null && choice.period != null) {
            return MeasurementPeriodRange.parse(choice.period);
        }
        if (choice != null && choice.quarter != null) {
            MeasurementPeriodRange q = MeasurementPeriodRange.parse(choice.quarter);
            if (q.kind() != MeasurementPeriod.CALENDAR_QUARTER) {
                throw new IllegalArgumentException("--quarter " + choice.quarter + " is not a quarter; write e.g. 2025-Q1");
            }
            return q;
        }
        LocalDate start = from != null ? from : YearMonth.now(z).atDay(1);
        if (choice != null && choice.days != null) {
            if (choice.days < 1) {
                throw new IllegalArgumentException("--days must be 1 or more, not " + choice.days);
            }
            return new MeasurementPeriodRange(MeasurementPeriod.FIXED_30_DAY_MONTH, start, start.plusDays(choice.days));
        }
        return MeasurementPeriodRange.calendarMonth(YearMonth.from(start));
    }

    private static List<Row> rows(AvailabilityWindow w, ZoneId z, MeasurementPeriodRange period, BigDecimal percent) {
        WindowCalendar inPeriod = WindowCalendar.of(w, period, z);
        Duration averageDay = Duration.ofMillis(inPeriod.openTime().toMillis() / period.days());
        // the first whole week that starts in the period
        MeasurementPeriodRange week = MeasurementPeriodRange.weekContaining(period.start().plusDays(6));
        int year = period.start().getYear();
        WindowCalendar inYear = WindowCalendar.of(w, LocalDate.of(year, 1, 1).atStartOfDay(z).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(z).toInstant());
        String periodLabel = period.kind() == MeasurementPeriod.FIXED_30_DAY_MONTH
                ? period.days() + " days from " + period.start() : period.label();
        WindowCalendar inWeek = WindowCalendar.of(w, week, z);
        return List.of(
                new Row("day", "(average in " + periodLabel + ")", null, new DowntimeBudget(percent, averageDay)),
                new Row("week", week.label(), inWeek, DowntimeBudget.of(percent, inWeek)),
                new Row("period", periodLabel, inPeriod, DowntimeBudget.of(percent, inPeriod)),
                new Row("year", Integer.toString(year), inYear, DowntimeBudget.of(percent, inYear)));
    }

    private void text(PrintWriter out, BigDecimal percent, AvailabilityWindow w, List<Row> rows) {
        out.printf("Target %s%% in %s (%s)%s%n", percent.toPlainString(), w.name(), w.zone(),
                w.holidays().isEmpty() ? "" : ", closed on " + String.join(", ", w.holidays().stream().map(LocalDate::toString).toList()));
        out.printf("%-28s %16s  %s%n", "", "Window minutes", "Allowed downtime");
        for (Row row : rows) {
            out.printf("%-28s %16s  %s%n", capitalised(row.span()) + " " + row.label(),
                    plain(row.budget().windowMinutes().setScale(3, RoundingMode.HALF_UP)), row.budget().describe());
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String json(BigDecimal percent, AvailabilityWindow w, List<Row> rows) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("targetPercent", percent);
        root.put("window", w.name());
        root.put("zone", w.zone().getId());
        ArrayNode days = root.putArray("holidays");
        w.holidays().forEach(d -> days.add(d.toString()));
        ArrayNode list = root.putArray("rows");
        for (Row row : rows) {
            ObjectNode node = list.addObject();
            node.put("span", row.span());
            node.put("label", row.label());
            if (row.calendar() != null) {
                node.put("from", row.calendar().from().toString());
                node.put("to", row.calendar().to().toString());
            }
            node.put("windowMinutes", new BigDecimal(plain(row.budget().windowMinutes())));
            node.put("allowedSeconds", new BigDecimal(plain(row.budget().allowedSeconds())));
            node.put("allowed", row.budget().describe());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static BigDecimal percent(String text) {
        BigDecimal p = Cli.number(text.trim().replaceFirst("\\s*%$", ""), "--target " + text, "99.9");
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("--target " + text + " is not between 0 and 100; write e.g. 99.9");
        }
        return p;
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.equalsIgnoreCase("UTC") ? "UTC" : text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--tz " + text + " is not a time zone; write e.g. Europe/London or UTC");
        }
    }
}
