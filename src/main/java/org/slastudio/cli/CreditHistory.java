package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import org.slastudio.monitoring.MonitoringRecords;
import org.slastudio.monitoring.RecordsReader;
import org.slastudio.monitoring.ServiceRecords;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;

/** {@code credit --from --to} (or {@code --term}): every period of a range worked out in order, for one service or all. */
final class CreditHistory {
    /** Far more than any term: a range this long is a typing mistake. */
    static final int MOST_PERIODS = 600;

    private final CreditCommand command;
    private final PrintWriter err;

    CreditHistory(CreditCommand command) {
        this.command = command;
        this.err = command.spec.commandLine().getErr();
    }

    int run() {
        if (command.periodText != null) {
            err.println("credit: give either --period for one period, or a range with --from and --to (or --term), not both");
            return Cli.UNREADABLE;
        }
        if (command.term && (command.fromText != null || command.toText != null)) {
            err.println("credit: give either --term or a range with --from and --to, not both");
            return Cli.UNREADABLE;
        }
        if (!command.term && (command.fromText == null || command.toText == null)) {
            err.println("credit: " + (command.fromText == null ? "--to needs --from" : "--from needs --to")
                    + ", the first and last periods of the range (e.g. --from 2026-01 --to 2026-12)");
            return Cli.UNREADABLE;
        }
        Agreement agreement;
        try {
            agreement = Drafts.loadForCalculation(command.draft, "credit", err, command.force);
        } catch (Drafts.Refused refused) {
            return refused.status();
        }
        LocalDate asOf = command.asOf != null ? command.asOf : LocalDate.now();
        List<Service> services;
        if (command.serviceId != null) {
            Optional<Service> found = agreement.service(command.serviceId);
            if (found.isEmpty()) {
                err.printf("credit: %s has no service \"%s\"; its services are: %s%n", command.draft, command.serviceId,
                        String.join(", ", Drafts.ids(agreement.services(), Service::id)));
                return Cli.UNREADABLE;
            }
            services = List.of(found.get());
        } else {
            services = agreement.services().stream().filter(s -> s != null && s.id() != null).toList();
        }
        List<MeasurementPeriodRange> periods;
        try {
            periods = periods(agreement, asOf);
        } catch (IllegalArgumentException e) {
            err.println("credit: " + e.getMessage());
            return Cli.UNREADABLE;
        }
        // A period not over on the day the history is read has not been measured; nor can it decide an earn-back.
        List<MeasurementPeriodRange> unfinished = periods.stream().filter(p -> !p.lastDay().isBefore(asOf)).toList();
        if (!unfinished.isEmpty()) {
            periods = periods.subList(0, periods.size() - unfinished.size());
            err.printf("credit: warning: %s not over on %s: left out%n", unfinished.size() == 1
                    ? unfinished.get(0).label() + " is" : unfinished.get(0).label() + " to "
                    + unfinished.get(unfinished.size() - 1).label() + " are", asOf);
            if (periods.isEmpty()) {
                err.println("credit: no period of the range is over yet; give --as-of a later day, or an earlier range");
                return Cli.UNREADABLE;
            }
        }
        if (command.outagesFile == null) {
            err.println("credit: give the records for the range with --outages");
            return Cli.UNREADABLE;
        }
        if (!Files.isRegularFile(command.outagesFile)) {
            err.printf("credit: there is no file %s; give the records with --outages%n", command.outagesFile);
            return Cli.UNREADABLE;
        }
        ServiceRecords read;
        try {
            read = MonitoringRecords.reader(command.recordsFormat, command.mapFile).read(command.outagesFile, agreement,
                    services, RecordsReader.Progress.NONE);
        } catch (IOException e) {
            err.printf("credit: cannot read %s (%s)%n", command.outagesFile, e.getMessage());
            return Cli.UNREADABLE;
        }
        if (!read.errors().isEmpty()) {
            read.errors().forEach(line -> err.println("credit: " + line));
            return Cli.UNREADABLE;
        }
        Map<String, TermHistory.Records> records = read.records();
        List<String> warnings = new ArrayList<>(read.warnings());
        for (ServiceRecords.LeftOut left : read.leftOut()) {
            warnings.add(left.serviceId() + " is measured " + left.measuredBy() + " and " + String.join("; ", left.errors())
                    + ": it is left out");
        }
        warnings.stream().distinct().forEach(line -> err.println("credit: warning: " + line));
        services = services.stream().filter(s -> records.containsKey(s.id())).toList();
        if (services.isEmpty()) {
            err.printf("credit: %s has records for none of the services; see the warnings above%n", command.outagesFile);
            return Cli.UNREADABLE;
        }
        List<TermHistory.Entry> entries;
        try {
            entries = TermHistory.of(agreement, services, periods, s -> records.get(s.id()), asOf);
        } catch (IllegalArgumentException e) {
            err.println("credit: " + e.getMessage());
            return Cli.FINDINGS;
        }
        PrintWriter out = command.spec.commandLine().getOut();
        switch (command.format) {
            case json -> out.println(HistoryOutput.json(agreement, periods, entries, asOf, warnings));
            case csv -> out.print(HistoryOutput.csv(entries));
            default -> HistoryOutput.table(out, agreement, periods, entries, asOf);
        }
        return Cli.OK;
    }

    /** The periods of the range, in order. */
    private List<MeasurementPeriodRange> periods(Agreement agreement, LocalDate asOf) {
        MeasurementPeriodRange first;
        MeasurementPeriodRange last;
        if (command.term) {
            Overview o = agreement.overview();
            if (o == null || o.effectiveDate() == null) {
                throw new IllegalArgumentException("--term needs the agreement's effective date ($.overview.effectiveDate)");
            }
            first = PeriodChoice.of(agreement, o.effectiveDate().toString()).period();
            LocalDate end = o.term() == null || o.term().initialMonths() == null ? asOf
                    : o.effectiveDate().plusMonths(o.term().initialMonths()).minusDays(1);
            last = PeriodChoice.of(agreement, (end.isAfter(asOf) ? asOf : end).toString()).period();
        } else {
            first = PeriodChoice.of(agreement, command.fromText).period();
            last = PeriodChoice.of(agreement, command.toText).period();
        }
        if (last.start().isBefore(first.start())) {
            throw new IllegalArgumentException("the range ends (" + last.label() + ") before it begins (" + first.label()
                    + "); give --from the earlier period");
        }
        List<MeasurementPeriodRange> periods = new ArrayList<>();
        for (MeasurementPeriodRange p = first; !p.start().isAfter(last.start()); p = p.next()) {
            periods.add(p);
            if (periods.size() > MOST_PERIODS) {
                throw new IllegalArgumentException("the range " + first.label() + " to " + last.label() + " holds more than "
                        + MOST_PERIODS + " periods; give a shorter one");
            }
        }
        return periods;
    }
}
