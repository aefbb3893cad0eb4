package org.slastudio.ui.simulator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.model.Agreement;
import org.slastudio.model.OutageModel;
import org.slastudio.model.ProviderCost;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.simulation.ServiceTradeOff;
import org.slastudio.simulation.Simulator;
import org.slastudio.simulation.TradeOffTable;
import org.slastudio.store.AtomicFiles;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.wizard.DraftModel;

/**
 * The simulator view without its window: the assumptions the sliders set, the trade-off table of the draft under
 * them, the selected service and level, and the two edits it makes to the draft (apply a level, keep the
 * assumptions). Runs happen on {@code runner}, one at a time; a newer request makes the running one stale, so it
 * stops at its next chunk, and requests that pile up while one runs collapse into the latest.
 */
public final class SimulatorModel {
    public static final int MIN_TRIALS = 12_000;
    public static final int MAX_TRIALS = 1_200_000;

    /** What one run simulates; the agreement without its assumptions, so keeping them changes nothing here. */
    private record Inputs(Agreement agreement, SimulationAssumptions assumptions) {
    }

    private record Request(long generation, Inputs inputs, long startedNanos) {
    }

    private final DraftModel draftModel;
    private final Executor runner;
    private final Consumer<Runnable> onUiThread;
    final ObjectProperty<SimulationAssumptions> assumptions = new SimpleObjectProperty<>(SimulationAssumptions.defaults());
    final ObjectProperty<TradeOffTable> table = new SimpleObjectProperty<>();
    final ObservableList<LevelRow> rows = FXCollections.observableArrayList();
    final ObjectProperty<LevelRow> selected = new SimpleObjectProperty<>();
    final BooleanProperty estimate = new SimpleBooleanProperty();
    final BooleanProperty running = new SimpleBooleanProperty();
    final StringProperty error = new SimpleStringProperty();
    final StringProperty timing = new SimpleStringProperty("");
    /** The draft's currency code, e.g. "EUR", for the money columns' headings; empty where the draft names none. */
    final StringProperty currency = new SimpleStringProperty("");
    /** What the last CSV export did, in a line. */
    final StringProperty csvOutcome = new SimpleStringProperty("");
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private Inputs last;
    /** Only touched on the runner's thread: the last simulator built, reused while only trials or seed change. */
    private Inputs built;
    private Simulator simulator;
    private long quickGeneration;
    private String quickText = "";
    private boolean active;

    /**
     * @param runner     where simulations run, e.g. a single daemon thread
     * @param onUiThread hands results back to the thread the view lives on, e.g. {@code Platform::runLater}
     */
    public SimulatorModel(DraftModel draft, Executor runner, Consumer<Runnable> onUiThread) {
        this.draftModel = draft;
        this.runner = runner;
        this.onUiThread = onUiThread;
        draft.agreementProperty().addListener((o, was, is) -> draftChanged());
    }

    public ObjectProperty<SimulationAssumptions> assumptions() {
        return assumptions;
    }

    public ObjectProperty<TradeOffTable> table() {
        return table;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty running() {
        return running;
    }

    public ObjectProperty<LevelRow> selected() {
        return selected;
    }

    public ObservableList<LevelRow> rows() {
        return rows;
    }

    public StringProperty currency() {
        return currency;
    }

    public StringProperty csvOutcome() {
        return csvOutcome;
    }

    /**
     * "Export CSV…": the table as it shows, every column with its heading, asked where through {@code dialogs}; UTF-8
     * with a byte order mark, which spreadsheet programs need to read the marks and dashes as written.
     */
    public void exportCsv(Dialogs dialogs, Path suggested) {
        if (rows.isEmpty()) {
            csvOutcome.set("Nothing to export until the table has results.");
            return;
        }
        Optional<Path> chosen = dialogs.chooseCsvToSave(suggested);
        if (chosen.isEmpty()) {
            return;
        }
        String name = chosen.get().getFileName().toString();
        Path csv = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? chosen.get() : chosen.get().resolveSibling(name + ".csv");
        byte[] content = ("\uFEFF" + LevelCsv.of(LevelColumns.of(currency.get()), List.copyOf(rows))).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(csv, out -> {
                out.write(content);
                return null;
            });
        } catch (IOException e) {
            csvOutcome.set("Not exported: " + csv.getFileName() + " could not be written.");
            dialogs.showError("Could not export " + csv.getFileName(), "The table was not written to " + csv + " ("
                    + e.getMessage() + "). Choose another folder and export again.");
            return;
        }
        csvOutcome.set("Wrote " + csv.getFileName() + ": " + rows.size() + (rows.size() == 1 ? " level" : " levels")
                + (estimate.get() ? ", from the quick estimate." : "."));
    }

    /** Starts simulating the draft as it is now, with the assumptions saved in it; until {@link #hide} it follows every change. */
    public void show() {
        active = true;
        last = null;
        assumptions.set(saved(draftModel.agreement()));
        refresh();
    }

    public void hide() {
        active = false;
        generation.incrementAndGet();
        running.set(false);
    }

    /** After undo, redo or another edit of the draft: the saved assumptions come back and the table follows. */
    void draftChanged() {
        if (!active) {
            return;
        }
        assumptions.set(saved(draftModel.agreement()));
        refresh();
    }

    public BigDecimal meanTimeToRepairMinutes() {
        OutageModel o = assumptions.get().outages();
        return o == null || o.meanTimeToRepairMinutes() == null ? Simulator.DEFAULT_MTTR_MINUTES : o.meanTimeToRepairMinutes();
    }

    public BigDecimal engineeringMarginPercent() {
        OutageModel o = assumptions.get().outages();
        return o == null || o.engineeringMarginPercent() == null ? BigDecimal.ZERO : o.engineeringMarginPercent();
    }

    public BigDecimal multiplierPerNine() {
        ProviderCost p = assumptions.get().providerCost();
        return p == null || p.multiplierPerNine() == null ? Simulator.DEFAULT_MULTIPLIER_PER_NINE : p.multiplierPerNine();
    }

    public int trials() {
        Integer t = assumptions.get().trials();
        return t == null ? Simulator.DEFAULT_TRIALS : t;
    }

    public long seed() {
        Long s = assumptions.get().seed();
        return s == null ? Simulator.DEFAULT_SEED : s;
    }

    /** Whole minutes, at least one. */
    public void setMeanTimeToRepair(double minutes) {
        BigDecimal value = BigDecimal.valueOf(Math.max(1, Math.round(minutes)));
        OutageModel o = outages();
        changeAssumptions(with(new OutageModel(o.durations(), value, o.meanTimeBetweenFailuresHours(), o.lognormalSigma(),
                o.engineeringMarginPercent())));
    }

    /** Whole percent from 0 to 90: a provider engineering for no downtime at all is no model. */
    public void setEngineeringMargin(double percent) {
        BigDecimal value = BigDecimal.valueOf(Math.max(0, Math.min(90, Math.round(percent))));
        OutageModel o = outages();
        changeAssumptions(with(new OutageModel(o.durations(), o.meanTimeToRepairMinutes(), o.meanTimeBetweenFailuresHours(),
                o.lognormalSigma(), value)));
    }

    /** To one decimal place, at least 1 (a nine never makes delivery cheaper). */
    public void setMultiplierPerNine(double multiplier) {
        BigDecimal value = BigDecimal.valueOf(Math.max(1, multiplier)).setScale(1, RoundingMode.HALF_UP);
        ProviderCost p = assumptions.get().providerCost();
        ProviderCost next = p == null ? new ProviderCost(List.of(), null, null, value)
                : new ProviderCost(p.table(), p.baseMonthlyCost(), p.baseLevelPercent(), value);
        SimulationAssumptions a = assumptions.get();
        changeAssumptions(new SimulationAssumptions(a.candidateLevels(), a.outages(), next, a.services(), a.trials(), a.seed()));
    }

    /** Service-months per service and level, in thousands from {@link #MIN_TRIALS} to {@link #MAX_TRIALS}. */
    public void setTrials(double trials) {
        int value = (int) Math.max(MIN_TRIALS, Math.min(MAX_TRIALS, Math.round(trials / 1000) * 1000));
        SimulationAssumptions a = assumptions.get();
        changeAssumptions(new SimulationAssumptions(a.candidateLevels(), a.outages(), a.providerCost(), a.services(), value, a.seed()));
    }

    /** Keeps the assumptions on screen in the draft, as one undoable edit; the view calls this when a drag ends. */
    public void keepAssumptions() {
        Agreement agreement = draftModel.agreement();
        if (!saved(agreement).equals(assumptions.get())) {
            draftModel.commit(agreement.withSimulationAssumptions(assumptions.get()));
        }
    }

    /** Writes the selected level as the target of the selected service's credit-bearing level, as one undoable edit. */
    public boolean applySelectedLevel() {
        LevelRow row = selected.get();
        if (row == null) {
            return false;
        }
        Agreement agreement = draftModel.agreement();
        List<Service> services = new ArrayList<>(agreement.services());
        for (int i = 0; i < services.size(); i++) {
            Service s = services.get(i);
            if (s != null && Objects.equals(s.id(), row.service().serviceId())) {
                Optional<Integer> level = simulatedLevel(s);
                if (level.isEmpty()) {
                    return false;
                }
                List<ServiceLevel> levels = new ArrayList<>(s.levels());
                ServiceLevel l = levels.get(level.get());
                levels.set(level.get(), l.withTarget(row.level()));
                services.set(i, s.withLevels(levels));
                draftModel.commit(agreement.withServices(services).withSimulationAssumptions(assumptions.get()));
                return true;
            }
        }
        return false;
    }

    /** The level the simulator treats as drafted: the first credit-bearing one with a target, else the first with one. */
    static Optional<Integer> simulatedLevel(Service s) {
        List<ServiceLevel> levels = s.levels();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i) != null && levels.get(i).creditBearing() && levels.get(i).targetPercent() != null) {
                return Optional.of(i);
            }
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i) != null && levels.get(i).targetPercent() != null) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public void select(LevelRow row) {
        selected.set(row);
    }

    /** The rows of the selected service, for its chart. */
    public List<LevelRow> selectedServiceRows() {
        LevelRow row = selected.get();
        return row == null ? List.of() : rows.stream().filter(r -> r.service().serviceId().equals(row.service().serviceId())).toList();
    }

    private OutageModel outages() {
        OutageModel o = assumptions.get().outages();
        return o == null ? new OutageModel(null, null, null, null, null) : o;
    }

    private SimulationAssumptions with(OutageModel outages) {
        SimulationAssumptions a = assumptions.get();
        return new SimulationAssumptions(a.candidateLevels(), outages, a.providerCost(), a.services(), a.trials(), a.seed());
    }

    private void changeAssumptions(SimulationAssumptions next) {
        assumptions.set(next);
        refresh();
    }

    private static SimulationAssumptions saved(Agreement agreement) {
        return agreement.simulationAssumptions() == null ? SimulationAssumptions.defaults() : agreement.simulationAssumptions();
    }

    /** Asks for a run of the draft under the assumptions on screen, unless the last one already was of the same. */
    private void refresh() {
        if (!active) {
            return;
        }
        Inputs inputs = new Inputs(draftModel.agreement().withSimulationAssumptions(null), assumptions.get());
        // The headings follow the draft at once, also while a run is under way or the draft cannot be simulated.
        currency.set(currencyOf(draftModel.agreement(), table.get()));
        if (inputs.equals(last)) {
            return;
        }
        last = inputs;
        Request request = new Request(generation.incrementAndGet(), inputs, System.nanoTime());
        running.set(true);
        if (pending.getAndSet(request) == null) {
            runner.execute(this::runLatest);
        }
    }

    private void runLatest() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        BooleanSupplier stale = () -> generation.get() != r.generation();
        try {
            SimulationAssumptions a = r.inputs().assumptions();
            Inputs shape = new Inputs(r.inputs().agreement(), new SimulationAssumptions(a.candidateLevels(), a.outages(),
                    a.providerCost(), a.services(), null, null));
            if (!shape.equals(built)) {
                simulator = Simulator.of(r.inputs().agreement(), a);
                built = shape;
            }
            int trials = a.trials() == null ? Simulator.DEFAULT_TRIALS : a.trials();
            long seed = a.seed() == null ? Simulator.DEFAULT_SEED : a.seed();
            simulator.runProgressively(trials, seed, stale, t -> deliver(r, t, t.trials() != trials));
        } catch (CancellationException e) {
            // A newer request replaced this one; its own run reports.
        } catch (IllegalArgumentException e) {
            fail(r, e.getMessage());
        } catch (RuntimeException e) {
            fail(r, "The simulation failed (" + e.getMessage() + "). Change an assumption to try again.");
        }
    }

    private void deliver(Request r, TradeOffTable t, boolean quick) {
        onUiThread.accept(() -> {
            if (generation.get() != r.generation()) {
                return;
            }
            // Measured where the user sees it: from the slider's move to the table on screen.
            long millis = (System.nanoTime() - r.startedNanos()) / 1_000_000;
            error.set(null);
            estimate.set(quick);
            running.set(quick);
            String trials = String.format(java.util.Locale.ROOT, "%,d trials in %d ms", t.trials(), millis);
            if (quick) {
                quickGeneration = r.generation();
                quickText = "Quick estimate in " + millis + " ms";
                timing.set(quickText + ", refining…");
            } else {
                timing.set(quickGeneration == r.generation() ? quickText + ", all " + trials : trials);
            }
            show(t);
        });
    }

    private void fail(Request r, String message) {
        onUiThread.accept(() -> {
            if (generation.get() != r.generation()) {
                return;
            }
            error.set(message);
            timing.set("");
            running.set(false);
            table.set(null);
            rows.clear();
            selected.set(null);
        });
    }

    /** The draft's own currency, else the one its amounts are in; empty if neither says. */
    private static String currencyOf(Agreement a, TradeOffTable t) {
        if (a.overview() != null && a.overview().currency() != null) {
            return a.overview().currency().getCurrencyCode();
        }
        return t == null ? "" : t.services().stream().flatMap(s -> s.levels().stream()).map(l -> l.providerCost())
                .filter(m -> m != null && m.currency() != null).map(m -> m.currency().getCurrencyCode()).findFirst().orElse("");
    }

    /** Shows a new table, keeping the selected service and level where they are still there. */
    private void show(TradeOffTable t) {
        LevelRow was = selected.get();
        List<LevelRow> next = new ArrayList<>();
        for (ServiceTradeOff s : t.services()) {
            s.levels().forEach(l -> next.add(new LevelRow(s, l)));
        }
        table.set(t);
        currency.set(currencyOf(draftModel.agreement(), t));
        rows.setAll(next);
        LevelRow keep = was == null ? null : next.stream().filter(r -> r.service().serviceId().equals(was.service().serviceId())
                && r.level().compareTo(was.level()) == 0).findFirst().orElse(null);
        if (keep == null && was != null) {
            keep = next.stream().filter(r -> r.service().serviceId().equals(was.service().serviceId()) && r.drafted())
                    .findFirst().orElse(null);
        }
        selected.set(keep != null ? keep : next.stream().filter(LevelRow::drafted).findFirst().orElse(null));
    }
}
