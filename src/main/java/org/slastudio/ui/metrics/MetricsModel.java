package org.slastudio.ui.metrics;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.engine.ResponseDeadline;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.DataSource;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Party;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.Service;
import org.slastudio.model.TargetComparator;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Names;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.JsonPaths;
import org.slastudio.ui.wizard.TableStepModel;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The metrics: a table, and the selected metric's target or priority targets, clock, reporting and owner. */
public final class MetricsModel extends TableStepModel<Metric> {
    /** Stands for "none" in the pick lists, which cannot hold null. */
    static final String NONE = "";

    final Input<String> id = register(Input.text("Metric id"));
    final Input<String> name = register(Input.text("Metric name"));
    final ObjectProperty<MetricKind> kind = new SimpleObjectProperty<>();
    final ObservableList<String> serviceIds = FXCollections.observableArrayList();
    final ObjectProperty<String> serviceId = new SimpleObjectProperty<>(NONE);
    final ObjectProperty<TargetComparator> comparator = new SimpleObjectProperty<>();
    final Input<BigDecimal> target = register(new Input<>("Target", Parsers::number, BigDecimal::toPlainString));
    final Input<String> unit = register(Input.text("Unit"));
    final ObservableList<PriorityRow> priorities = FXCollections.observableArrayList();
    final ObservableList<String> windowIds = FXCollections.observableArrayList();
    final ObjectProperty<String> clockWindowId = new SimpleObjectProperty<>(NONE);
    final ObjectProperty<MeasurementPeriod> period = new SimpleObjectProperty<>();
    final ObjectProperty<ReportingFrequency> reporting = new SimpleObjectProperty<>();
    final ObjectProperty<DataSource> dataSource = new SimpleObjectProperty<>();
    final ObservableList<String> partyIds = FXCollections.observableArrayList();
    final ObjectProperty<String> responsiblePartyId = new SimpleObjectProperty<>(NONE);
    final ObjectProperty<MetricClassification> classification = new SimpleObjectProperty<>();
    private Agreement shown = Agreement.blank();

    public MetricsModel(DraftModel draft) {
        super("metrics", "Metrics", "metric", draft);
        clockWindowId.addListener((o, was, is) -> priorities.forEach(PriorityRow::refreshDue));
    }

    /**
     * "A P1 ticket raised Fri 1 Jan 16:30 is due Mon 4 Jan 10:30, in business hours (Europe/Berlin)": the first
     * Friday of the agreement, on the clock this metric runs on, worked out by the engine.
     */
    String dueText(PriorityTarget target) {
        Agreement a = draft.agreement();
        Priority priority = target.priority();
        Metric probe = new Metric("probe", "", kind.get(), null, comparator.get(), null, "",
                List.of(target), noneToNull(clockWindowId.get()), period.get(),
                reporting.get(), dataSource.get(), null, classification.get());
        try {
            ZoneId zone = ResponseDeadline.zoneFor(a, probe);
            LocalDate start = a.overview() == null || a.overview().effectiveDate() == null ? LocalDate.now()
                    : a.overview().effectiveDate();
            Instant raised = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)).atTime(16, 30).atZone(zone).toInstant();
            ResponseDeadline d = ResponseDeadline.of(a, probe, priority, raised);
            DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
            return "A " + (priority == null ? "" : priority + " ") + "ticket raised " + f.format(d.raisedLocal())
                    + " is due " + f.format(d.dueLocal()) + (d.businessHours() ? ", in business hours" : ", around the clock")
                    + " (" + d.zone().getId() + ").";
        } catch (RuntimeException e) {
            return target.dueBy() != null && !businessClock()
                    ? "A business-day target needs the clock to run in a window of business hours." : "";
        }
    }

    private boolean businessClock() {
        return !NONE.equals(clockWindowId.get()) && clockWindowId.get() != null;
    }

    @Override
    public void load(Agreement agreement) {
        shown = agreement;
        serviceIds.setAll(ids(agreement.services(), Service::id));
        windowIds.setAll(ids(agreement.windows(), AvailabilityWindow::id));
        partyIds.setAll(ids(agreement.parties(), Party::id));
        rows.load(agreement.metrics());
        showSelected();
    }

    @Override
    protected Agreement apply(Agreement agreement) {
        keepTyped();
        return agreement.withMetrics(rows.snapshot());
    }

    @Override
    public Object part(Agreement agreement) {
        return agreement.metrics();
    }

    @Override
    protected List<Input<?>> extraInputs() {
        return priorities.stream().flatMap(p -> p.inputs().stream()).toList();
    }

    /** How a service, window or party id reads in a pick list: by its name. */
    String describe(String key) {
        if (key == null || key.equals(NONE)) {
            return "(none)";
        }
        return Names.of(key, Optional.<String>empty()
                .or(() -> shown.service(key).map(Service::name))
                .or(() -> shown.window(key).map(AvailabilityWindow::name))
                .or(() -> shown.party(key).map(Party::legalName)));
    }

    @Override
    public Optional<String> controlFor(String path) {
        if (JsonPaths.index(path, "metrics").isEmpty()) {
            return Optional.of("metrics-table");
        }
        Optional<Integer> priority = JsonPaths.index(path, "priorityTargets");
        if (priority.isPresent() && priority.get() < priorities.size()) {
            return Optional.of("metrics-priority-" + priority.get()
                    + (JsonPaths.field(path).equals("dueBy") || priorities.get(priority.get()).byBusinessDay() ? "-form" : "-within"));
        }
        return Optional.of(switch (JsonPaths.field(path)) {
            case "id" -> "metrics-id";
            case "kind" -> "metrics-kind";
            case "serviceId" -> "metrics-service";
            case "comparator" -> "metrics-comparator";
            case "target" -> "metrics-target";
            case "unit" -> "metrics-unit";
            case "priorityTargets" -> "metrics-priority-add";
            case "clockWindowId" -> "metrics-clock-window";
            case "period" -> "metrics-period";
            case "reporting" -> "metrics-reporting";
            case "dataSource" -> "metrics-data-source";
            case "responsiblePartyId" -> "metrics-responsible-party";
            case "classification" -> "metrics-classification";
            default -> "metrics-name";
        });
    }

    public void addPriority() {
        Priority next = Priority.values()[Math.min(priorities.size(), Priority.values().length - 1)];
        priorities.add(new PriorityRow(new PriorityTarget(next, null, null), this::dueText, this::businessClock));
        commit();
    }

    public void removePriority(int index) {
        priorities.remove(index);
        commit();
    }

    @Override
    protected Metric newRow() {
        return new Metric(nextId("metric"), "", MetricKind.RESPONSE_TIME, null, TargetComparator.AT_MOST, null, "",
                List.of(), null, MeasurementPeriod.CALENDAR_MONTH, ReportingFrequency.MONTHLY, DataSource.AUTOMATED,
                null, MetricClassification.KEY);
    }

    @Override
    protected String idOf(Metric m) {
        return m.id();
    }

    @Override
    protected Metric withId(Metric m, String id) {
        return new Metric(id, m.name(), m.kind(), m.serviceId(), m.comparator(), m.target(), m.unit(),
                m.priorityTargets(), m.clockWindowId(), m.period(), m.reporting(), m.dataSource(),
                m.responsiblePartyId(), m.classification());
    }

    @Override
    protected void showSelected() {
        Metric m = rows.selectedRow().orElse(new Metric("", "", null, null, null, null, "", List.of(), null, null, null,
                null, null, null));
        id.show(m.id());
        name.show(m.name());
        kind.set(m.kind());
        serviceId.set(orNone(m.serviceId()));
        comparator.set(m.comparator());
        target.show(m.target());
        unit.show(m.unit());
        priorities.setAll(m.priorityTargets().stream().filter(Objects::nonNull).map(t -> new PriorityRow(t, this::dueText, this::businessClock)).toList());
        clockWindowId.set(orNone(m.clockWindowId()));
        period.set(m.period());
        reporting.set(m.reporting());
        dataSource.set(m.dataSource());
        responsiblePartyId.set(orNone(m.responsiblePartyId()));
        classification.set(m.classification());
    }

    @Override
    protected Metric fromInputs(Metric before) {
        return new Metric(text(id), text(name), kind.get(), noneToNull(serviceId.get()), comparator.get(),
                target.valueOr(before.target()), text(unit), priorities.stream().map(PriorityRow::build).toList(),
                noneToNull(clockWindowId.get()), period.get(), reporting.get(), dataSource.get(),
                noneToNull(responsiblePartyId.get()), classification.get());
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        List<String> result = new ArrayList<>();
        result.add(NONE);
        items.stream().filter(Objects::nonNull).map(id).filter(Objects::nonNull).forEach(result::add);
        return result;
    }

    private static String orNone(String key) {
        return key == null ? NONE : key;
    }

    private static String noneToNull(String key) {
        return key == null || key.equals(NONE) ? null : key;
    }
}
