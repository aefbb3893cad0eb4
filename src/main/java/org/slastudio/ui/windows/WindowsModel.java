package org.slastudio.ui.windows;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.WeeklyHours;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Names;
import org.slastudio.ui.fields.Parsers;
import org.slastudio.ui.fields.Parsers.TimeRange;
import org.slastudio.ui.wizard.DraftModel;
import org.slastudio.ui.wizard.JsonPaths;
import org.slastudio.ui.wizard.TableStepModel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The availability windows: a table, and the selected window's weekly schedule, holidays and maintenance. */
public final class WindowsModel extends TableStepModel<AvailabilityWindow> {
    final Input<String> id = register(Input.text("Window id"));
    final Input<String> name = register(Input.text("Window name"));
    final Input<ZoneId> zone = register(new Input<>("Time zone", Parsers::zone, ZoneId::getId));
    final List<DayRow> days = Arrays.stream(DayOfWeek.values()).map(DayRow::new).toList();
    final Input<List<LocalDate>> holidays = register(new Input<>("Holidays", Parsers::dates, Parsers::formatDates));
    final ObservableList<MaintenanceRow> maintenance = FXCollections.observableArrayList();
    final StringProperty summary = new SimpleStringProperty("");
    final ObjectProperty<MaintenanceConvention> maintenanceConvention = new SimpleObjectProperty<>();
    final Input<Integer> plannedWorkNotice = register(new Input<>("Notice that excuses planned work (Business Days)",
            Parsers::wholeNumber, String::valueOf));
    /** The window whose days are Business Days, picked by name; {@link #MONDAY_TO_FRIDAY} where none is named. */
    final ObjectProperty<String> businessDaysWindowId = new SimpleObjectProperty<>(MONDAY_TO_FRIDAY);
    final ObservableList<String> windowIds = FXCollections.observableArrayList();
    static final String MONDAY_TO_FRIDAY = "";
    /** What the maintenance choice means for the selected window in the first period of the term. */
    final StringProperty maintenanceSummary = new SimpleStringProperty("");

    public WindowsModel(DraftModel draft) {
        super("windows", "Availability windows", "window", draft);
    }

    @Override
    public void load(Agreement agreement) {
        List<String> ids = new ArrayList<>(List.of(MONDAY_TO_FRIDAY));
        agreement.windows().stream().filter(Objects::nonNull).map(AvailabilityWindow::id)
                .filter(i -> i != null && !i.isBlank()).forEach(ids::add);
        windowIds.setAll(ids);
        rows.load(agreement.windows());
        showSelected();
    }

    @Override
    protected Agreement apply(Agreement agreement) {
        keepTyped();
        rows.selectedRow().ifPresent(this::summarise);
        return agreement.withWindows(rows.snapshot());
    }

    @Override
    public Object part(Agreement agreement) {
        return agreement.windows();
    }

    @Override
    protected List<Input<?>> extraInputs() {
        return Stream.concat(days.stream().map(d -> d.hours),
                maintenance.stream().flatMap(m -> Stream.of(m.name, m.days, m.from, m.until, m.noticeHours))).toList();
    }

    @Override
    public Optional<String> controlFor(String path) {
        if (JsonPaths.index(path, "windows").isEmpty()) {
            return Optional.of("windows-table");
        }
        if (JsonPaths.contains(path, "hours")) {
            return Optional.of("windows-monday-open");
        }
        Optional<Integer> m = JsonPaths.index(path, "maintenance");
        if (m.isPresent()) {
            return Optional.of("windows-maintenance-" + m.get() + "-name");
        }
        return Optional.of(switch (JsonPaths.field(path)) {
            case "id" -> "windows-id";
            case "zone" -> "windows-zone";
            case "holidays" -> "windows-holidays";
            case "maintenance" -> "windows-maintenance-add";
            case "maintenanceRules", "convention" -> "windows-maintenance-convention";
            case "plannedWorkNoticeBusinessDays" -> "windows-planned-work-notice";
            case "businessDaysWindowId" -> "windows-business-days-window";
            default -> "windows-name";
        });
    }

    /** Opens every day around the clock. */
    public void twentyFourSeven() {
        quietly(() -> days.forEach(d -> d.show(List.of(new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)))));
        commit();
    }

    /** Monday to Friday, 08:00 to 18:00. */
    public void businessHours() {
        quietly(() -> days.forEach(d -> d.show(d.day.getValue() <= 5
                ? List.of(new TimeRange(LocalTime.of(8, 0), LocalTime.of(18, 0))) : List.of())));
        commit();
    }

    public void addMaintenance() {
        maintenance.add(new MaintenanceRow(new MaintenanceWindow("Planned maintenance", EnumSet.of(DayOfWeek.SUNDAY),
                LocalTime.of(2, 0), LocalTime.of(4, 0), 48)));
        commit();
    }

    public void removeMaintenance(MaintenanceRow row) {
        maintenance.remove(row);
        commit();
    }

    @Override
    protected AvailabilityWindow newRow() {
        String key = nextId("window");
        ZoneId zoneId = draft.agreement().overview() == null ? null : draft.agreement().overview().timeZone();
        return AvailabilityWindow.twentyFourSeven(key, rows.rows().isEmpty() ? "24x7" : "", zoneId);
    }

    @Override
    protected String idOf(AvailabilityWindow w) {
        return w.id();
    }

    @Override
    protected AvailabilityWindow withId(AvailabilityWindow w, String id) {
        return new AvailabilityWindow(id, w.name(), w.zone(), w.hours(), w.holidays(), w.maintenance(), w.maintenanceRules());
    }

    @Override
    protected void showSelected() {
        AvailabilityWindow w = rows.selectedRow().orElse(new AvailabilityWindow("", "", null, List.of(), List.of(), List.of()));
        id.show(w.id());
        name.show(w.name());
        zone.show(w.zone());
        Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
        for (WeeklyHours h : w.hours()) {
            if (h != null && h.from() != null && h.until() != null) {
                h.days().forEach(day -> byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(new TimeRange(h.from(), h.until())));
            }
        }
        days.forEach(d -> d.show(byDay.getOrDefault(d.day, List.of())));
        holidays.show(w.holidays());
        maintenance.setAll(w.maintenance().stream().filter(Objects::nonNull).map(MaintenanceRow::new).toList());
        maintenanceConvention.set(w.maintenanceRules().conventionOrDefault());
        plannedWorkNotice.show(w.maintenanceRules().plannedWorkNoticeBusinessDays());
        String calendar = w.maintenanceRules().businessDaysWindowId();
        businessDaysWindowId.set(calendar == null || calendar.isBlank() ? MONDAY_TO_FRIDAY : calendar);
        summarise(w);
    }

    @Override
    protected AvailabilityWindow fromInputs(AvailabilityWindow before) {
        String idText = id.valueOr(null);
        String nameText = name.valueOr(null);
        List<LocalDate> dates = holidays.valueOr(before.holidays());
        MaintenanceRules rules = new MaintenanceRules(maintenanceConvention.get(),
                plannedWorkNotice.valueOr(before.maintenanceRules().plannedWorkNoticeBusinessDays()),
                MONDAY_TO_FRIDAY.equals(businessDaysWindowId.get()) ? null : businessDaysWindowId.get());
        return new AvailabilityWindow(idText == null ? "" : idText, nameText == null ? "" : nameText,
                zone.valueOr(before.zone()), weeklyHours(), dates, maintenance.stream().map(MaintenanceRow::build).toList(), rules);
    }

    /** Days with the same range become one WeeklyHours, in weekday order. */
    private List<WeeklyHours> weeklyHours() {
        Map<TimeRange, Set<DayOfWeek>> byRange = new LinkedHashMap<>();
        for (DayRow d : days) {
            for (TimeRange range : d.ranges()) {
                byRange.computeIfAbsent(range, r -> EnumSet.noneOf(DayOfWeek.class)).add(d.day);
            }
        }
        List<WeeklyHours> hours = new ArrayList<>();
        byRange.forEach((range, daySet) -> hours.add(new WeeklyHours(daySet, range.from(), range.until())));
        return hours;
    }

    /** How a window named as the Business Days calendar reads in the pick list: by its name. */
    String describeCalendar(String windowId) {
        return windowId == null || MONDAY_TO_FRIDAY.equals(windowId) ? "Monday to Friday, less this window's holidays"
                : Names.of(windowId, draft.agreement().window(windowId).map(AvailabilityWindow::name));
    }

    private void summarise(AvailabilityWindow w) {
        long minutes = w.nominalWeeklyMinutes();
        summary.set(w.isTwentyFourSeven() ? "Open around the clock: 168 hours a week before holidays and maintenance."
                : String.format("Open %d h %02d min a week before holidays and maintenance.", minutes / 60, minutes % 60));
        maintenanceSummary.set(MaintenanceMeaning.of(draft.agreement(), w, LocalDate.now()));
    }
}
