package org.slastudio.ui.credits;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.engine.ClaimDeadlines;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.ui.fields.Names;

/**
 * The claim deadline's business calendar (the window whose business days count) and the day it implies for the
 * agreement's first period, worked out by the engine.
 */
final class ClaimCalendar {
    static final String NONE = "";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    final ObservableList<String> windowIds = FXCollections.observableArrayList();
    final ObjectProperty<String> windowId = new SimpleObjectProperty<>(NONE);
    /** "A credit for January 2026 must be claimed by Fri 13 Mar 2026."; empty while the deadline is incomplete. */
    final StringProperty example = new SimpleStringProperty("");
    private Agreement shown = Agreement.blank();

    void load(Agreement agreement, ClaimDeadline deadline) {
        shown = agreement;
        List<String> ids = new ArrayList<>();
        ids.add(NONE);
        agreement.windows().stream().filter(Objects::nonNull).map(AvailabilityWindow::id).filter(Objects::nonNull).forEach(ids::add);
        windowIds.setAll(ids);
        windowId.set(deadline == null || deadline.calendarWindowId() == null ? NONE : deadline.calendarWindowId());
        refresh(deadline);
    }

    /**
     * The deadline as edited. The window is kept whatever the rule, so that opening the step changes nothing; beside a
     * calendar-day rule the review reports it as having no effect.
     */
    ClaimDeadline build(ClaimDeadlineRule rule, Integer count) {
        String window = NONE.equals(windowId.get()) ? null : windowId.get();
        if (rule == null && count == null && window == null) {
            return null;
        }
        ClaimDeadline deadline = new ClaimDeadline(rule, count, window);
        refresh(deadline);
        return deadline;
    }

    String describe(String id) {
        if (id == null || id.equals(NONE)) {
            return "(none)";
        }
        return Names.of(id, shown.window(id).map(AvailabilityWindow::name));
    }

    private void refresh(ClaimDeadline deadline) {
        example.set(example(shown, deadline));
    }

    /** For the first period of the agreement; under an incident rule, for an outage on the period's first day. */
    static String example(Agreement agreement, ClaimDeadline deadline) {
        if (deadline == null || deadline.rule() == null || deadline.count() == null || deadline.count() < 0) {
            return "";
        }
        MeasurementPeriod kind = agreement.overview() == null || agreement.overview().measurementPeriod() == null
                ? MeasurementPeriod.CALENDAR_MONTH : agreement.overview().measurementPeriod();
        LocalDate start = agreement.overview() == null || agreement.overview().effectiveDate() == null ? LocalDate.now()
                : agreement.overview().effectiveDate();
        try {
            MeasurementPeriodRange period = MeasurementPeriodRange.containing(kind, start, start);
            AvailabilityWindow calendar = deadline.rule().businessDays()
                    ? agreement.window(deadline.calendarWindowId()).orElse(null) : null;
            if (deadline.rule().businessDays() && calendar == null) {
                return "Choose the window whose business days count.";
            }
            LocalDate incident = period.start();
            LocalDate last = ClaimDeadlines.lastDayToClaim(deadline, period, new ClaimDeadlines.Basis(incident, calendar));
            String name = kind == MeasurementPeriod.CALENDAR_MONTH ? MONTH.format(period.start()) : period.label();
            String credit = deadline.rule().fromIncident()
                    ? "A credit for " + name + " whose first outage began " + DAY.format(incident)
                    : "A credit for " + name;
            return credit + " must be claimed by " + DAY.format(last) + ".";
        } catch (RuntimeException e) {
            return "";
        }
    }
}
