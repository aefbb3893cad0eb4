package org.slastudio.ui.performance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.Outage;
import org.slastudio.engine.TermHistory;
import org.slastudio.export.ServiceHistory;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.monitoring.RecordsReader;
import org.slastudio.monitoring.ServiceRecords;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.Jobs;
import org.slastudio.ui.wizard.DraftModel;

/**
 * The Performance view without its window: the records file, the range of periods and the as-of day, and what the
 * term did under the draft's terms in that range (each level's measurement, credit and its steps, earn-back and claim
 * deadline, and the totals), worked out off the UI thread by {@link TermHistory}. It reads the draft and never
 * changes it; a records file that cannot be used shows each bad row with its line.
 */
public final class PerformanceModel {
    /** Bad rows listed at most; a file with more says how many. */
    static final int PROBLEMS_SHOWN = 200;

    /**
     * What the last run worked out, for a report of the term.
     *
     * @param leftOut     the services the file has nothing for, as the service report lists them
     * @param plannedWork each service's planned-work records, for the Scheduled Maintenance the report states
     */
    public record Result(Agreement agreement, Path records, List<MeasurementPeriodRange> periods,
                         List<TermHistory.Entry> entries, LocalDate asOf, List<String> notes, List<String> leftOut,
                         Map<String, List<Outage>> plannedWork) {
    }

    /**
     * A run's answer: the file's records as read, and (where they could be used) the history worked out from them and
     * each service's planned work, picked out off the UI thread as the history is.
     */
    private record Outcome(ServiceRecords read, List<TermHistory.Entry> entries, Map<String, List<Outage>> plannedWork) {
    }

    private final DraftModel draft;
    private final Dialogs dialogs;
    private final Jobs jobs;
    private final Supplier<Path> folder;
    private final RecordsReader reader;
    private final Supplier<LocalDate> today;
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<MeasurementPeriodRange> periods = FXCollections.observableArrayList();
    private final ObjectProperty<MeasurementPeriodRange> from = new SimpleObjectProperty<>();
    private final ObjectProperty<MeasurementPeriodRange> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<PerformanceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PerformanceRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Totals> totals = new SimpleObjectProperty<>(Totals.NONE);
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    /** The records last read, the file and the draft they were read for: a new range or day needs no new read. */
    private ServiceRecords read;
    private Path readFrom;
    private Agreement readFor;
    /** The draft the run under way works out. */
    private Agreement requestedFor;
    /** Counts requests, so that the answer to one overtaken by a later request is dropped. */
    private long requests;
    /** Where the range's end was put by default for the as-of day. */
    private MeasurementPeriodRange defaultTo;
    /** Set while the offered periods are refilled, so the choices moving with them start no run of their own. */
    private boolean offering;

    /**
     * @param folder where the file dialog starts, e.g. the draft's folder
     * @param reader how a file becomes each service's records
     * @param today  the day the as-of day starts on
     */
    public PerformanceModel(DraftModel draft, Dialogs dialogs, Jobs jobs, Supplier<Path> folder, RecordsReader reader,
                            Supplier<LocalDate> today) {
        this.draft = draft;
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.folder = folder;
        this.reader = reader;
        this.today = today;
        from.addListener((o, was, is) -> rangeChanged());
        to.addListener((o, was, is) -> rangeChanged());
        asOf.addListener((o, was, is) -> {
            if (is != null && !offering) {
                offerPeriods();
                work();
            }
        });
        // An undo or another edit while the view shows: the figures follow the draft.
        draft.agreementProperty().addListener((o, was, is) -> {
            if (showing.get()) {
                offerPeriods();
                work();
            }
        });
        draft.starts().addListener((o, was, is) -> forget());
    }

    public ReadOnlyBooleanProperty showing() {
        return showing;
    }

    public ReadOnlyObjectProperty<Path> file() {
        return file;
    }

    /** The periods offered for the range: every one begun by the as-of day, from the term's first. */
    public ObservableList<MeasurementPeriodRange> periods() {
        return periods;
    }

    public ObjectProperty<MeasurementPeriodRange> from() {
        return from;
    }

    public ObjectProperty<MeasurementPeriodRange> to() {
        return to;
    }

    /** The day the term is read on: periods not over on it are left out, and claim deadlines are read on it. */
    public ObjectProperty<LocalDate> asOf() {
        return asOf;
    }

    /** What stops a result, in a sentence (no effective date, a file that cannot be read or used); blank otherwise. */
    public ReadOnlyStringProperty message() {
        return message;
    }

    /** What the table shows, in a line: the file, the services, the range and the day. */
    public ReadOnlyStringProperty status() {
        return status;
    }

    /** The rows of the file that cannot be used, each with its line, as the reader says it. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Services the file has nothing for, periods left out, times read one way of two. */
    public ObservableList<String> notes() {
        return notes;
    }

    public ObservableList<PerformanceRow> rows() {
        return rows;
    }

    public ObjectProperty<PerformanceRow> selected() {
        return selected;
    }

    public ReadOnlyObjectProperty<Totals> totals() {
        return totals;
    }

    /** The last result worked out, for a report writer; null while there is none. */
    public ReadOnlyObjectProperty<Result> result() {
        return result;
    }

    public Jobs jobs() {
        return jobs;
    }

    public void show() {
        if (asOf.get() == null) {
            offering = true;
            asOf.set(today.get());
            offering = false;
        }
        offerPeriods();
        showing.set(true);
        // Back while a file is still read for this draft: that read goes on rather than starting over.
        if (!jobs.busy().get() || !draft.agreement().equals(requestedFor)) {
            work();
        }
    }

    public void hide() {
        showing.set(false);
    }

    /** "Load records…": asks for the file, then reads it. */
    public void loadRecords() {
        dialogs.chooseRecordsToOpen(folder.get()).ifPresent(this::load);
    }

    /** Reads {@code chosen} (picked, or dropped on the view) and works out the range from it. */
    public void load(Path chosen) {
        file.set(chosen);
        read = null;
        work();
    }

    /** Stops reading: nothing is shown until a file is loaded again. */
    public void cancel() {
        requests++;
        jobs.cancel();
        String name = file.get() == null ? "the file" : RecordsWords.name(file.get());
        clearResult();
        file.set(null);
        read = null;
        message.set("Reading " + name + " was cancelled: nothing of it is shown. Load it again to see its records.");
    }

    private void rangeChanged() {
        if (!offering && from.get() != null && to.get() != null) {
            work();
        }
    }

    private void offerPeriods() {
        offering = true;
        try {
            // A range end left where it was put by default follows the day; one the user chose stays while it can.
            MeasurementPeriodRange chosenTo = Objects.equals(to.get(), defaultTo) ? null : to.get();
            PeriodRange range = PeriodRange.offer(draft.agreement(), asOf.get(), from.get(), chosenTo);
            defaultTo = PeriodRange.offer(draft.agreement(), asOf.get(), null, null).to();
            periods.setAll(range.offered());
            from.set(range.from());
            to.set(range.to());
        } catch (IllegalArgumentException e) {
            periods.clear();
            from.set(null);
            to.set(null);
        } finally {
            offering = false;
        }
    }

    /** Works out the range from the records, reading the file first unless it was read for this draft already. */
    private void work() {
        if (!showing.get() || file.get() == null) {
            return;
        }
        long request = ++requests;
        jobs.cancel();
        clearResult();
        Agreement agreement = draft.agreement();
        requestedFor = agreement;
        PeriodRange.Worked worked;
        try {
            PeriodRange range = PeriodRange.offer(agreement, asOf.get(), from.get(), to.get());
            worked = range.work(asOf.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        if (worked.problem() != null) {
            message.set(worked.problem());
            return;
        }
        Path records = file.get();
        LocalDate day = asOf.get();
        List<Service> services = agreement.services().stream().filter(s -> s != null && s.id() != null).toList();
        ServiceRecords known = read != null && records.equals(readFrom) && agreement.equals(readFor) ? read : null;
        String doing = known == null ? "Reading " + RecordsWords.name(records) + "…"
                : "Working out " + worked.periods().size() + " periods…";
        jobs.track(doing, progress -> {
            // Reading is most of the work; the bar keeps its last stretch for working out the periods.
            ServiceRecords r = known != null ? known
                    : readFile(records, agreement, services, share -> progress.accept(share * 0.95));
            if (!r.errors().isEmpty()) {
                return new Outcome(r, null, Map.of());
            }
            List<Service> measured = services.stream().filter(s -> r.records().containsKey(s.id())).toList();
            return new Outcome(r, measured.isEmpty() ? List.of()
                    : TermHistory.of(agreement, measured, worked.periods(), s -> r.records().get(s.id()), day),
                    ServiceHistory.plannedWork(r.records()));
        }, outcome -> {
            if (request == requests) {
                show(outcome, agreement, records, worked, day);
            }
        }, failure -> {
            if (request == requests) {
                message.set(RecordsWords.problem(records, failure));
            }
        });
    }

    private ServiceRecords readFile(Path records, Agreement agreement, List<Service> services, RecordsReader.Progress progress)
            throws IOException {
        if (!Files.isRegularFile(records)) {
            throw new NoSuchFileException(records.toString());
        }
        return reader.read(records, agreement, services, progress);
    }

    private void show(Outcome outcome, Agreement agreement, Path records, PeriodRange.Worked worked, LocalDate day) {
        read = outcome.read();
        readFrom = records;
        readFor = agreement;
        String name = RecordsWords.name(records);
        List<String> errors = outcome.read().errors();
        if (outcome.entries() == null) {
            problems.setAll(errors.stream().limit(PROBLEMS_SHOWN).map(e -> RecordsWords.inFile(e, records)).toList());
            if (errors.size() > PROBLEMS_SHOWN) {
                problems.add("… and " + (errors.size() - PROBLEMS_SHOWN) + " more.");
            }
            // A JSON export has elements where a CSV has rows.
            boolean json = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
            message.set(name + " cannot be used: " + (errors.size() == 1 ? (json ? "an element is" : "a row is")
                    : errors.size() + (json ? " elements are" : " rows are"))
                    + " not records SLA Studio can read. Correct " + (errors.size() == 1 ? "it" : "them")
                    + " and load the file again; nothing was measured.");
            return;
        }
        List<String> said = new ArrayList<>();
        outcome.read().leftOut().forEach(l -> said.add(RecordsWords.leftOut(agreement, l, records)));
        if (worked.note() != null) {
            said.add(worked.note());
        }
        outcome.read().warnings().forEach(w -> said.add(RecordsWords.inFile(w, records)));
        notes.setAll(said);
        if (outcome.entries().isEmpty()) {
            message.set(name + " has records for none of the draft's services: see why above.");
            return;
        }
        List<PerformanceRow> shown = outcome.entries().stream().map(e -> new PerformanceRow(e, day)).toList();
        PerformanceRow before = selected.get();
        rows.setAll(shown);
        selected.set(shown.stream().filter(r -> before != null && r.period().equals(before.period())
                && r.level().equals(before.level())).findFirst().orElse(shown.get(0)));
        totals.set(Totals.of(outcome.entries(), day));
        List<String> services = outcome.entries().stream().map(e -> e.service().name()).distinct().toList();
        status.set(String.join(", ", services) + " from " + name + ", " + worked.periods().get(0).label() + " to "
                + worked.periods().get(worked.periods().size() - 1).label() + ", read on " + day + ".");
        List<String> leftOut = outcome.read().leftOut().stream()
                .map(l -> l.reported(RecordsWords.serviceName(agreement, l.serviceId()))).toList();
        result.set(new Result(agreement, records, worked.periods(), outcome.entries(), day, List.copyOf(said), leftOut,
                outcome.plannedWork()));
    }

    private void clearResult() {
        message.set("");
        status.set("");
        problems.clear();
        notes.clear();
        rows.clear();
        selected.set(null);
        totals.set(Totals.NONE);
        result.set(null);
    }

    /** Another draft: its records are not this one's. */
    private void forget() {
        requests++;
        jobs.cancel();
        clearResult();
        file.set(null);
        read = null;
        readFor = null;
        showing.set(false);
    }
}
