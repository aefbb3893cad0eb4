package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.TermHistory;
import org.slastudio.export.ServiceHistory;
import org.slastudio.model.Agreement;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.monitoring.MonitoringRecords;
import org.slastudio.monitoring.SourceFormat;
import org.slastudio.monitoring.RecordsReader;
import org.slastudio.monitoring.ServiceRecords;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.store.LoadResult;

/**
 * What the report and claim commands share with {@code credit --from --to}: the draft, the finished periods of the
 * range, each service's records and the range worked out in order ({@link TermHistory}). Messages go to the error
 * stream under the command's name; a refusal carries the exit status.
 */
final class RangeHistory {
    /** Far more than any term: a range this long is a typing mistake. */
    static final int MOST_PERIODS = 600;

    /**
     * What the command was given.
     *
     * @param term          the term so far instead of {@code from} and {@code to}
     * @param recordsFormat the records' format, or null to tell it from the file
     * @param map           the file mapping the records' names to services, or null
     */
    record Asked(String command, Path draft, String from, String to, boolean term, LocalDate asOf, Path outages,
                 SourceFormat recordsFormat, Path map, String serviceId, boolean force) {

        /** A range from and to, records in our CSV or a format told from the file, named by the services' ids. */
        Asked(String command, Path draft, String from, String to, LocalDate asOf, Path outages, String serviceId,
              boolean force) {
            this(command, draft, from, to, false, asOf, outages, null, null, serviceId, force);
        }
    }

    private final Asked asked;
    private final PrintWriter err;
    private CompletableFuture<DraftReport> review;
    private LoadResult loaded;
    private Draft checked;
    /** Said once the draft's errors, if any, have been. */
    private final List<String> warnings = new ArrayList<>();
    /** Every warning said, in order. */
    private final List<String> said = new ArrayList<>();

    private RangeHistory(Asked asked, PrintWriter err) {
        this.asked = asked;
        this.err = err;
    }

    static ServiceHistory of(Asked asked, PrintWriter err) throws Drafts.Refused {
        return new RangeHistory(asked, err).work();
    }

    /** As {@link #of(Asked, PrintWriter)}, adding to {@code warningsSaid} each warning said on the way. */
    static ServiceHistory of(Asked asked, PrintWriter err, List<String> warningsSaid) throws Drafts.Refused {
        RangeHistory range = new RangeHistory(asked, err);
        try {
            return range.work();
        } finally {
            warningsSaid.addAll(range.said);
        }
    }

    private ServiceHistory work() throws Drafts.Refused {
        String command = asked.command();
        if (!asked.term() && (asked.from() == null || asked.to() == null)) {
            throw refused((asked.from() == null ? "--to needs --from" : "--from needs --to")
                    + ", the first and last periods of the range (e.g. --from 2026-01 --to 2026-12)", Cli.UNREADABLE);
        }
        loaded = DraftStore.load(asked.draft());
        if (!loaded.readable()) {
            Drafts.forCalculation(asked.draft(), command, err, asked.force(), loaded, DraftReport.of(asked.draft(), loaded));
        }
        // The review takes a while for a large draft; it runs while the records are read, and is waited for before
        // anything is said about the records.
        LoadResult draftLoaded = loaded;
        review = CompletableFuture.supplyAsync(() -> DraftReport.of(asked.draft(), draftLoaded));
        Agreement agreement = loaded.draft().agreement();
        LocalDate asOf = asked.asOf() != null ? asked.asOf() : LocalDate.now();
        List<Service> services;
        if (asked.serviceId() != null) {
            Optional<Service> found = agreement.service(asked.serviceId());
            if (found.isEmpty()) {
                throw refused(asked.draft() + " has no service \"" + asked.serviceId() + "\"; its services are: "
                        + String.join(", ", Drafts.ids(agreement.services(), Service::id)), Cli.UNREADABLE);
            }
            services = List.of(found.get());
        } else {
            services = agreement.services().stream().filter(s -> s != null && s.id() != null).toList();
        }
        List<MeasurementPeriodRange> periods;
        try {
            periods = periods(agreement, asOf);
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage(), Cli.UNREADABLE);
        }
        // A period not over on the day the history is read has not been measured; nor can it decide an earn-back.
        List<MeasurementPeriodRange> unfinished = periods.stream().filter(p -> !p.lastDay().isBefore(asOf)).toList();
        if (!unfinished.isEmpty()) {
            periods = periods.subList(0, periods.size() - unfinished.size());
            warnings.add((unfinished.size() == 1 ? unfinished.get(0).label() + " is" : unfinished.get(0).label() + " to "
                    + unfinished.get(unfinished.size() - 1).label() + " are") + " not over on " + asOf + ": left out");
            if (periods.isEmpty()) {
                throw refused("no period of the range is over yet; give --as-of a later day, or an earlier range",
                        Cli.UNREADABLE);
            }
        }
        if (asked.outages() == null) {
            throw refused("give the records for the range with --outages", Cli.UNREADABLE);
        }
        if (!Files.isRegularFile(asked.outages())) {
            throw refused("there is no file " + asked.outages() + "; give the records with --outages", Cli.UNREADABLE);
        }
        List<String> leftOut = new ArrayList<>();
        Map<String, TermHistory.Records> records = records(agreement, services, leftOut);
        Draft draft = checked();
        services = services.stream().filter(s -> records.containsKey(s.id())).toList();
        if (services.isEmpty()) {
            throw refused(asked.outages() + " has records for none of the services; see the warnings above", Cli.UNREADABLE);
        }
        List<TermHistory.Entry> entries;
        try {
            entries = TermHistory.of(agreement, services, periods, s -> records.get(s.id()), asOf);
        } catch (IllegalArgumentException e) {
            throw refused(e.getMessage(), Cli.FINDINGS);
        }
        return new ServiceHistory(draft, periods, entries, asOf, asked.outages().getFileName().toString(), leftOut,
                ServiceHistory.plannedWork(records));
    }

    /**
     * Each service's records, read from our CSV as {@code credit} reads them, in one pass for the services measured
     * alike. A service whose measurement the file has no columns for is left out when no service was named, and said
     * so in {@code leftOut}; a bad row stops the command, every one named.
     */
    private Map<String, TermHistory.Records> records(Agreement agreement, List<Service> services, List<String> leftOut)
            throws Drafts.Refused {
        ServiceRecords read;
        try {
            read = MonitoringRecords.reader(asked.recordsFormat(), asked.map()).read(asked.outages(), agreement, services,
                    RecordsReader.Progress.NONE);
        } catch (IOException e) {
            throw refused("cannot read " + asked.outages() + " (" + e.getMessage() + ")", Cli.UNREADABLE);
        }
        if (!read.errors().isEmpty()) {
            checked();
            read.errors().forEach(line -> err.println(asked.command() + ": " + line));
            throw new Drafts.Refused(Cli.UNREADABLE);
        }
        warnings.addAll(read.warnings());
        for (ServiceRecords.LeftOut left : read.leftOut()) {
            warnings.add(left.serviceId() + " is measured " + left.measuredBy() + " and "
                    + left.why(asked.outages(), asked.outages().toString()) + ": it is left out");
            leftOut.add(left.reported(agreement.service(left.serviceId()).map(Service::name).orElse(left.serviceId())));
        }
        checked();
        // In the agreement's order, as the at-risk amount is shared in that order.
        Map<String, TermHistory.Records> ordered = new LinkedHashMap<>();
        services.stream().filter(s -> read.records().containsKey(s.id())).forEach(s -> ordered.put(s.id(), read.records().get(s.id())));
        return ordered;
    }

    /** The periods of the range (or of the term, up to {@code asOf}), in order. */
    private List<MeasurementPeriodRange> periods(Agreement agreement, LocalDate asOf) {
        MeasurementPeriodRange first;
        MeasurementPeriodRange last;
        if (asked.term()) {
            Overview o = agreement.overview();
            if (o == null || o.effectiveDate() == null) {
                throw new IllegalArgumentException("--term needs the agreement's effective date ($.overview.effectiveDate)");
            }
            first = PeriodChoice.of(agreement, o.effectiveDate().toString()).period();
            LocalDate end = o.term() == null || o.term().initialMonths() == null ? asOf
                    : o.effectiveDate().plusMonths(o.term().initialMonths()).minusDays(1);
            last = PeriodChoice.of(agreement, (end.isAfter(asOf) ? asOf : end).toString()).period();
        } else {
            first = PeriodChoice.of(agreement, asked.from()).period();
            last = PeriodChoice.of(agreement, asked.to()).period();
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

    /** The draft once its review is in: refused, its errors named, where they stop the calculation. */
    private Draft checked() throws Drafts.Refused {
        if (checked == null) {
            checked = Drafts.forCalculation(asked.draft(), asked.command(), err, asked.force(), loaded,
                    review == null ? DraftReport.of(asked.draft(), loaded) : review.join());
        }
        warnings.stream().distinct().filter(line -> !said.contains(line)).forEach(line -> {
            err.println(asked.command() + ": warning: " + line);
            said.add(line);
        });
        warnings.clear();
        return checked;
    }

    /** The message, after the draft's own errors if it has any: those are told first, as by every command. */
    private Drafts.Refused refused(String message, int status) throws Drafts.Refused {
        if (loaded != null) {
            checked();
        }
        err.println(asked.command() + ": " + message);
        return new Drafts.Refused(status);
    }
}
