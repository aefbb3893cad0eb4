package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slastudio.engine.BusinessDays;
import org.slastudio.engine.Outage;
import org.slastudio.engine.PlannedWork;
import org.slastudio.engine.AvailabilityMeasurement;
import org.slastudio.engine.ClaimDeadlines;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditCase;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.RequestTotals;
import org.slastudio.engine.WindowCalendar;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.monitoring.MonitoringRecords;
import org.slastudio.monitoring.RecordKind;
import org.slastudio.monitoring.RecordRequest;
import org.slastudio.monitoring.Records;
import org.slastudio.monitoring.SourceFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "credit",
        description = "Measure a service's availability in a period from outage records (interval error rates, or "
                + "request counts, as the service is measured) and work out the service credit: the tier, the credit, the caps applied and the claim deadline, each step explained. "
                + "For one period, earlier credits are taken as none and earn-back as still pending; give a range "
                + "(--from and --to, or --term) to work out every period in order, as they happened.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:done",
                "1:the draft has errors that stop the calculation",
                "2:a file could not be read, a row or element of the records is wrong, or the command was used wrongly"})
final class CreditCommand implements Callable<Integer> {

    enum Format { text, table, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (*.sla.json).")
    Path draft;

    @Option(names = "--service", paramLabel = "ID",
            description = "The service's id; with --from/--to or --term, leave it out for every service.")
    String serviceId;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "The measurement period: a month (2026-02), quarter (2026-Q1) or ISO week (2026-W05); under "
                    + "consecutive 30-day periods a month names the period that holds its first day, and a day "
                    + "(2026-02-14) the period that holds it.")
    String periodText;

    @Option(names = "--from", paramLabel = "PERIOD",
            description = "With --to: every period from this one to --to, in order (e.g. --from 2026-01 --to 2026-12): "
                    + "each period's credit with the earlier ones against the rolling cap, the later ones deciding "
                    + "earn-back, and the services before it in the period sharing the at-risk amount.")
    String fromText;

    @Option(names = "--to", paramLabel = "PERIOD", description = "The last period of --from.")
    String toText;

    @Option(names = "--term", description = "Every period of the initial term, from the effective date (up to the "
            + "period holding --as-of, if that is sooner).")
    boolean term;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the history is read on, for claim deadlines (default: today).")
    java.time.LocalDate asOf;

    @Option(names = "--outages", paramLabel = "FILE",
            description = "Outage records with a header row (see README.md), per-interval error rates for an "
                    + "interval-based service, or start,total,successful request counts for a service measured by "
                    + "request counts; or a status page export, an uptime checker's event log or a Prometheus range "
                    + "query (see --records-format).")
    Path outagesFile;

    @Option(names = "--records-format", paramLabel = "FORMAT", converter = RecordsFormats.class,
            completionCandidates = RecordsFormats.class,
            description = "What --outages is: csv (our own), statuspage (incidents JSON), uptime (event log CSV) or "
                    + "prometheus (query_range JSON); by default told from the file, else csv. See docs/monitoring.md.")
    SourceFormat recordsFormat;

    @Option(names = "--map", paramLabel = "FILE",
            description = "JSON naming the service of each status page component, uptime check or Prometheus series; "
                    + "without it, names that are a service's id or name are that service.")
    Path mapFile;

    @Option(names = "--requests", paramLabel = "TOTAL",
            description = "For a service measured by request counts, instead of --outages: the valid requests in the "
                    + "period (with --successful).")
    Long requests;

    @Option(names = "--successful", paramLabel = "N",
            description = "With --requests: how many of the period's valid requests succeeded.")
    Long successful;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    /**
     * @param requests    the requests counted in the window, for a service measured by request counts; else null
     * @param claimBy     the last day to claim, worked out here rather than by {@link CreditCalculation}, as a deadline
     *                    from the incident or in business days needs the measured outages and the agreement's windows
     * @param plannedWork what became of each record of planned work, and why
     */
    record Result(ServiceLevel level, AvailabilityWindow window, AvailabilityMeasurement measurement, RequestTotals requests,
                  CreditCalculation credit, LocalDate claimBy, String claimBasis, List<PlannedWork.Decision> plannedWork) {
    }

    @Option(names = "--force", description = "Calculate even though the review finds errors in the draft.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (fromText != null || toText != null || term) {
            return new CreditHistory(this).run();
        }
        if (periodText == null || serviceId == null) {
            err.println("credit: give " + (serviceId == null ? "--service ID" : "") + (serviceId == null && periodText == null
                    ? " and " : "") + (periodText == null ? "--period PERIOD" : "") + ", or a range with --from and --to");
            return Cli.UNREADABLE;
        }
        if (format == Format.csv) {
            err.println("credit: --format csv is for a range of periods (--from and --to, or --term); use text or json");
            return Cli.UNREADABLE;
        }
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
        RecordKind kind = RecordKind.of(rule.method());
        ZoneId zone = agreement.overview() == null ? null : agreement.overview().timeZone();
        Optional<String> misused = misusedInputs(kind);
        if (misused.isPresent()) {
            err.println("credit: " + misused.get());
            return Cli.UNREADABLE;
        }
        RequestTotals given;
        try {
            given = requests == null ? null : new RequestTotals(requests, successful);
        } catch (IllegalArgumentException e) {
            err.println("credit: --requests " + requests + " --successful " + successful + ": " + e.getMessage());
            return Cli.UNREADABLE;
        }
        Records rows = Records.NONE;
        if (given == null) {
            if (!java.nio.file.Files.isRegularFile(outagesFile)) {
                err.printf("credit: there is no file %s; give the outage records with --outages%n", outagesFile);
                return Cli.UNREADABLE;
            }
            try {
                rows = MonitoringRecords.forService(outagesFile, recordsFormat, mapFile, RecordRequest.of(agreement, service));
            } catch (IOException e) {
                err.printf("credit: cannot read %s (%s)%n", outagesFile, e.getMessage());
                return Cli.UNREADABLE;
            }
            if (!rows.errors().isEmpty()) {
                rows.errors().forEach(line -> err.println("credit: " + line));
                return Cli.UNREADABLE;
            }
        }
        rows.warnings().forEach(line -> err.println("credit: warning: " + line));
        List<Result> results = new ArrayList<>();
        try {
            for (ServiceLevel level : service.levels()) {
                if (level == null) {
                    continue;
                }
                AvailabilityWindow window = AvailabilityMeasurement.windowOf(agreement, service, level);
                RequestTotals counted = kind != RecordKind.REQUESTS ? null
                        : given != null ? given : RequestTotals.in(window, rule, zone, period, rows.requests());
                AvailabilityMeasurement m = switch (kind) {
                    case REQUESTS -> AvailabilityMeasurement.ofRequests(period, WindowCalendar.of(window, period,
                            AvailabilityMeasurement.periodZone(rule, zone)).openTime(), counted);
                    case INTERVALS -> AvailabilityMeasurement.measureIntervals(window, rule, zone, period, rows.samples());
                    case OUTAGES -> AvailabilityMeasurement.measure(agreement, service, level, period, rows.outages());
                };
                CreditCalculation credit = level.creditBearing()
                        ? CreditCalculation.calculate(CreditCase.of(agreement, service, level, period, m.availabilityPercent()))
                        : null;
                LocalDate claimBy = credit == null ? null : credit.claimBy();
                String claimBasis = null;
                ClaimDeadline deadline = agreement.creditsFor(level).claimDeadline();
                if (credit != null && deadline != null && deadline.rule() != null) {
                    ClaimDeadlines.Basis basis = ClaimDeadlines.basis(agreement, deadline, m.firstCountedOutage(),
                            AvailabilityMeasurement.periodZone(rule, zone));
                    claimBy = ClaimDeadlines.lastDayToClaim(deadline, period, basis);
                    claimBasis = claimBasis(deadline, basis);
                }
                results.add(new Result(level, window, m, counted, credit, claimBy, claimBasis, kind != RecordKind.OUTAGES ? List.of()
                        : PlannedWork.decide(window, () -> BusinessDays.of(agreement, window), rows.outages())));
            }
        } catch (IllegalArgumentException e) {
            err.println("credit: " + e.getMessage());
            return Cli.FINDINGS;
        }
        PrintWriter out = spec.commandLine().getOut();
        ZoneId cut = AvailabilityMeasurement.periodZone(rule, zone);
        List<Outage> outside = kind != RecordKind.OUTAGES ? List.of() : choice.outside(rows.outages(), cut);
        List<Outage> across = kind != RecordKind.OUTAGES ? List.of() : choice.across(rows.outages(), cut);
        if (format == Format.json) {
            out.println(CreditOutput.json(CreditOutput.json(service, period, results, rows.warnings()), choice, outside, across, results));
        } else {
            CreditOutput.figures(out, service, choice, results, kind);
            CreditOutput.text(out, outside, across, results);
        }
        return Cli.OK;
    }

    /** What is wrong with the inputs given for the way the service is measured, if anything. */
    private Optional<String> misusedInputs(RecordKind kind) {
        boolean counts = requests != null || successful != null;
        if (counts && kind != RecordKind.REQUESTS) {
            return Optional.of("service " + serviceId + " is measured by " + (kind == RecordKind.INTERVALS
                    ? "intervals" : "time") + "; --requests and --successful are for a service measured by request counts,"
                    + " give --outages instead");
        }
        if (counts && (requests == null || successful == null)) {
            return Optional.of(requests == null ? "--successful needs --requests, the total of valid requests"
                    : "--requests needs --successful, how many of them succeeded");
        }
        if (counts && outagesFile != null) {
            return Optional.of("give the request counts either as --outages CSV or as --requests and --successful, not both");
        }
        if (outagesFile == null && (recordsFormat != null || mapFile != null)) {
            return Optional.of("--records-format and --map describe the --outages file; give --outages");
        }
        if (!counts && outagesFile == null) {
            return Optional.of(kind == RecordKind.REQUESTS
                    ? "give the request counts: --outages with start,total,successful rows, or --requests TOTAL --successful N"
                    : kind == RecordKind.INTERVALS ? "give the per-interval error rates with --outages"
                    : "give the outage records with --outages");
        }
        return Optional.empty();
    }

    /** "30 days from the first counted outage, 2026-03-05"; for the older rules nothing needs saying. */
    private static String claimBasis(ClaimDeadline deadline, ClaimDeadlines.Basis basis) {
        ClaimDeadlineRule rule = deadline.rule();
        if (!rule.fromIncident() && !rule.businessDays()) {
            return null;
        }
        String days = count(deadline.count(), rule.businessDays() ? "business day" : "day")
                + (rule.businessDays() ? " of window " + deadline.calendarWindowId() : "");
        if (!rule.fromIncident()) {
            return days + " after the period ends";
        }
        return basis.firstIncident() == null ? "no counted outage, so no credit to claim"
                : days + " from the first counted outage, " + basis.firstIncident();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
