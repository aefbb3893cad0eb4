package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slastudio.engine.Amounts;
import org.slastudio.engine.BusinessDays;
import org.slastudio.engine.Outage;
import org.slastudio.engine.PlannedWork;
import org.slastudio.engine.AvailabilityMeasurement;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.CreditStep;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "credit",
        description = "Measure a service's availability in a period from outage records and work out the service "
                + "credit: the tier, the credit, the caps applied and the claim deadline, each step explained. "
                + "Earlier credits are taken as none, and earn-back as still pending.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:done",
                "1:the draft has errors that stop the calculation",
                "2:a file could not be read, a row of the CSV is wrong, or the command was used wrongly"})
final class CreditCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (*.sla.json).")
    Path draft;

    @Option(names = "--service", required = true, paramLabel = "ID", description = "The service's id.")
    String serviceId;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "The measurement period: a month (2026-02), quarter (2026-Q1) or ISO week (2026-W05); under "
                    + "consecutive 30-day periods a month names the period that holds its first day, and a day "
                    + "(2026-02-14) the period that holds it.")
    String periodText;

    @Option(names = "--outages", required = true, paramLabel = "CSV",
            description = "Outage records with a header row (see README.md), or per-interval error rates for an "
                    + "interval-based service.")
    Path outagesFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    record Result(ServiceLevel level, AvailabilityWindow window, AvailabilityMeasurement measurement, CreditCalculation credit,
                  List<PlannedWork.Decision> plannedWork) {
    }

    @Option(names = "--force", description = "Calculate even though the review finds errors in the draft.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Agreement agreement;
        try {
            agreement = Drafts.loadForCalculation(draft, "credit", err, force);
        } catch (Drafts.Refused refused) {
            return refused.status();
        }
        Optional<Service> found = agreement.service(serviceId);
        List<String> serviceIds = Drafts.ids(agreement.services(), Service::id);
        if (found.isEmpty()) {
            err.printf("credit: %s has no service \"%s\"; its services are: %s%n", draft, serviceId,
                    String.join(", ", serviceIds));
            return Cli.UNREADABLE;
        }
        Service service = found.get();
        MeasurementPeriodRange period;
        PeriodChoice choice;
        try {
            choice = PeriodChoice.of(agreement, periodText);
            period = choice.period();
        } catch (IllegalArgumentException e) {
            err.println("credit: " + e.getMessage());
            return Cli.UNREADABLE;
        }
        MeasurementRule rule = service.measurement() == null ? MeasurementRule.timeBased() : service.measurement();
        boolean intervals = rule.method() != null && rule.method() != MeasurementMethod.TIME_BASED;
        ZoneId zone = agreement.overview() == null ? null : agreement.overview().timeZone();
        if (!java.nio.file.Files.isRegularFile(outagesFile)) {
            err.printf("credit: there is no file %s; give the outage records with --outages%n", outagesFile);
            return Cli.UNREADABLE;
        }
        OutageCsv.Rows rows;
        try {
            rows = OutageCsv.read(outagesFile, intervals, serviceId, serviceIds, zone);
        } catch (IOException e) {
            err.printf("credit: cannot read %s (%s)%n", outagesFile, e.getMessage());
            return Cli.UNREADABLE;
        }
        if (!rows.errors().isEmpty()) {
            rows.errors().forEach(line -> err.println("credit: " + line));
            return Cli.UNREADABLE;
        }
        rows.warnings().forEach(line -> err.println("credit: warning: " + line));
        List<Result> results = new ArrayList<>();
        try {
            for (ServiceLevel level : service.levels()) {
                if (level == null) {
                    continue;
                }
                AvailabilityWindow window = AvailabilityMeasurement.windowOf(agreement, service, level);
                AvailabilityMeasurement m = intervals
                        ? AvailabilityMeasurement.measureIntervals(window, rule, zone, period, rows.samples())
                        : AvailabilityMeasurement.measure(agreement, service, level, period, rows.outages());
                CreditCalculation credit = level.creditBearing()
                        ? CreditCalculation.calculate(CreditCase.of(agreement, service, period, m.availabilityPercent())
                                .withFollowingAvailability(level.targetPercent(), List.of()))
                        : null;
                results.add(new Result(level, window, m, credit, intervals ? List.of()
                        : PlannedWork.decide(window, () -> BusinessDays.of(agreement, window), rows.outages())));
            }
        } catch (IllegalArgumentException e) {
            err.println("credit: " + e.getMessage());
            return Cli.FINDINGS;
        }
        PrintWriter out = spec.commandLine().getOut();
        ZoneId cut = AvailabilityMeasurement.periodZone(rule, zone);
        List<Outage> outside = intervals ? List.of() : choice.outside(rows.outages(), cut);
        List<Outage> across = intervals ? List.of() : choice.across(rows.outages(), cut);
        if (format == Format.json) {
            out.println(CreditOutput.json(json(service, period, results, rows.warnings()), choice, outside, across, results));
        } else {
            text(out, service, choice, results, intervals);
            CreditOutput.text(out, outside, across, results);
        }
        return Cli.OK;
    }

    private static void text(PrintWriter out, Service service, PeriodChoice choice, List<Result> results,
                             boolean intervals) {
        out.printf("Service %s (%s), period %s%n", service.id(), service.name(), choice.period().label());
        CreditOutput.chosen(out, choice);
        for (Result r : results) {
            AvailabilityMeasurement m = r.measurement();
            out.printf("%nWindow %s (%s), target %s%%%s%n", r.window().id(), r.window().zone(),
                    r.level().targetPercent() == null ? "?" : r.level().targetPercent().toPlainString(),
                    r.level().creditBearing() ? ", credit-bearing" : ", reported only");
            out.printf("  Window time:   %s min%n", minutes(m.windowTime().toMillis()));
            if (intervals) {
                long inWindow = m.windowTime().toMinutes() / service.measurement().intervalMinutes();
                out.printf("  Downtime:      %s min (%s of %d down; intervals without a row count as error-free)%n",
                        minutes(m.downtime().toMillis()), count(m.countedOutages(), "interval"), inWindow);
            } else {
                out.printf("  Downtime:      %s min (%s counted, %d shorter than the minimum left out)%n",
                        minutes(m.downtime().toMillis()), count(m.countedOutages(), "outage"), m.ignoredShortOutages());
            }
            out.printf("  Availability:  %s%n", Amounts.percent(m.availabilityPercent()));
            CreditCalculation c = r.credit();
            if (c != null) {
                out.println("  Credit:");
                for (CreditStep step : c.steps()) {
                    out.printf("    %s%n", step.explanation());
                }
                out.printf("  Credit due:    %s%n", Amounts.money(c.credit().amount(), c.credit().currency()));
                if (c.claimBy() != null) {
                    out.printf("  Claim by:      %s%n", c.claimBy());
                }
            }
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String minutes(long millis) {
        return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(60_000), 3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String json(Service service, MeasurementPeriodRange period, List<Result> results, List<String> warnings) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("service", service.id());
        root.put("period", period.label());
        root.put("periodStart", period.start().toString());
        root.put("periodEnd", period.end().toString());
        ArrayNode warningList = root.putArray("warnings");
        warnings.forEach(warningList::add);
        ArrayNode levels = root.putArray("levels");
        for (Result r : results) {
            ObjectNode node = levels.addObject();
            node.put("windowId", r.window().id());
            node.put("targetPercent", r.level().targetPercent());
            node.put("creditBearing", r.level().creditBearing());
            node.put("windowMillis", r.measurement().windowTime().toMillis());
            node.put("downtimeMillis", r.measurement().downtime().toMillis());
            node.put("availabilityPercent", r.measurement().availabilityPercent());
            node.put("countedOutages", r.measurement().countedOutages());
            node.put("ignoredShortOutages", r.measurement().ignoredShortOutages());
            CreditCalculation c = r.credit();
            if (c != null) {
                ObjectNode credit = node.putObject("credit");
                if (c.tier() != null) {
                    credit.put("tier", c.tier());
                } else {
                    credit.putNull("tier");
                }
                credit.put("currency", c.credit().currency().getCurrencyCode());
                credit.put("feeBasis", c.feeBasis().amount());
                credit.put("exactCredit", c.exactCredit());
                credit.put("credit", c.credit().amount());
                credit.put("claimBy", c.claimBy() == null ? null : c.claimBy().toString());
                ArrayNode steps = credit.putArray("steps");
                for (CreditStep step : c.steps()) {
                    ObjectNode s = steps.addObject();
                    s.put("rule", step.rule());
                    s.put("explanation", step.explanation());
                    s.put("creditAfter", step.creditAfter());
                }
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
