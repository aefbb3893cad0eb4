package org.slastudio.ui.windows;

import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.WeeklyHours;
import org.slastudio.ui.wizard.DraftModel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowsModelTest {
    private final DraftModel draft = new DraftModel();
    private final WindowsModel step = new WindowsModel(draft);

    private AvailabilityWindow window() {
        return draft.agreement().windows().get(0);
    }

    @Test
    void aNewWindowIsOpenAroundTheClock() {
        step.reload();
        step.add();

        assertThat(window().isTwentyFourSeven()).isTrue();
        assertThat(step.days).allMatch(d -> d.open.get());
        assertThat(step.summary.get()).contains("168 hours");
    }

    @Test
    void theBusinessHoursPresetIsOneRangeOnWeekdays() {
        step.reload();
        step.add();

        step.businessHours();

        assertThat(window().hours()).containsExactly(new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 0), LocalTime.of(18, 0)));
        assertThat(step.summary.get()).isEqualTo("Open 50 h 00 min a week before holidays and maintenance.");
    }

    @Test
    void daysWithTheSameHoursAreGroupedAndAnOpenDayWithoutTimesIsTheWholeDay() {
        step.reload();
        step.add();
        step.businessHours();
        step.days.get(4).hours.text().set("8:00-16:30");
        step.days.get(5).open.set(true);
        step.days.get(5).hours.text().set("");

        step.commit();

        assertThat(window().hours()).containsExactly(
                new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 0), LocalTime.of(18, 0)),
                new WeeklyHours(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 30)),
                new WeeklyHours(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }

    @Test
    void severalRangesOnADaySurviveEditingTheWindow() {
        AvailabilityWindow outside = new AvailabilityWindow("outside", "Outside business hours", ZoneId.of("Europe/London"),
                List.of(
                        new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.MIDNIGHT, LocalTime.of(8, 0)),
                        new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(18, 0), LocalTime.MIDNIGHT),
                        new WeeklyHours(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                List.of(), List.of());
        draft.start(Agreement.blank().withWindows(List.of(outside)), null);
        step.reload();

        assertThat(step.days.get(0).hours.text().get()).isEqualTo("00:00–08:00, 18:00–24:00");
        step.name.text().set("Evenings and weekends");
        step.commit();

        assertThat(window().hours()).isEqualTo(outside.hours());
        assertThat(window().name()).isEqualTo("Evenings and weekends");
    }

    @Test
    void nameZoneHolidaysAndMaintenanceAreKept() {
        step.reload();
        step.add();
        step.name.text().set("Office hours");
        step.zone.text().set("America/New_York");
        step.holidays.text().set("2027-07-04\n2027-12-25");
        step.addMaintenance();
        step.maintenance.get(0).days.text().set("Sat, Sun");
        step.maintenance.get(0).noticeHours.text().set("72");

        step.commit();

        AvailabilityWindow w = window();
        assertThat(w.name()).isEqualTo("Office hours");
        assertThat(w.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(w.holidays()).containsExactly(LocalDate.of(2027, 7, 4), LocalDate.of(2027, 12, 25));
        assertThat(w.maintenance()).containsExactly(new MaintenanceWindow("Planned maintenance",
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(2, 0), LocalTime.of(4, 0), 72));
    }

    @Test
    void anImpossibleTimeKeepsTheLoadedHoursOfThatDay() {
        step.reload();
        step.add();
        step.businessHours();

        step.days.get(0).hours.text().set("25:00-18:00");
        step.commit();

        assertThat(window().hours()).containsExactly(new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 0), LocalTime.of(18, 0)));
        assertThat(step.inputErrors().get()).isTrue();
    }
}
