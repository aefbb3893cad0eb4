package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.store.Draft;

/** The PDF states the period convention and the maintenance rules in contract language. */
class PeriodAndMaintenanceWordingTest {
    private static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 1, 5, 10, 0, 0, 0, ZoneId.of("Europe/London"));

    private static String pdf(MeasurementPeriod period, MaintenanceRules rules) {
        Agreement example = ExportedPdf.example().agreement();
        Overview o = example.overview();
        List<AvailabilityWindow> windows = example.windows().stream()
                .map(w -> w.id().equals("24x7") ? w.withMaintenanceRules(rules) : w).toList();
        Agreement changed = example.withOverview(new Overview(o.title(), o.type(), o.effectiveDate(), o.term(), o.purpose(),
                o.governingLaw(), o.currency(), period, o.timeZone(), o.version())).withWindows(windows);
        String text = String.join("\n", ExportedPdf.read(ExportedPdf.export(Draft.of(changed),
                new ExportOptions(false, ISSUED, Locale.UK))).pages());
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void consecutiveThirtyDayPeriodsAreCountedFromTheEffectiveDate() {
        assertThat(pdf(MeasurementPeriod.FIXED_30_DAY_MONTH, MaintenanceRules.standard()))
                .contains("Service levels are measured over each period of 30 consecutive days counted from the Effective Date.");
    }

    @Test
    void aCalendarMonthMeasuredAsThirtyDaysSaysHowItIsWorkedOut() {
        String text = pdf(MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS, MaintenanceRules.standard());
        assertThat(text).contains("means each calendar month during the term of this Agreement, measured as a month of 30"
                        + " days (43,200 minutes) whatever its number of days.")
                .contains("Service levels are measured over each calendar month. Each calendar month is measured as a month"
                        + " of 30 days: for an Availability Window open 24 hours a day, 7 days a week, the time in the window"
                        + " in a Measurement Period is taken to be 43,200 minutes, less any time this Agreement takes out of"
                        + " the window, whatever the number of days in the calendar month, and availability is never less"
                        + " than 0%; for any other window it is the time in the window in the calendar month.")
                // allowed downtime of 99.95% in January 2026, 24x7 less 4 Sundays x 2 h: (43,200 - 480) x 0.05% = 21 min 21.6 s
                .contains("21 min 21.6 s");
    }

    @Test
    void maintenanceCountedAsAvailableAndPlannedWorkWithNoticeAreStated() {
        String text = pdf(MeasurementPeriod.CALENDAR_MONTH,
                new MaintenanceRules(MaintenanceConvention.COUNTED_AS_AVAILABLE, 5, "business-hours"));
        assertThat(text).contains("Scheduled Maintenance and excused Planned Work in it count as time in which the Service is"
                        + " available: they stay in the time measured, and a failure during them is not Downtime.")
                .contains("Planned work outside the Maintenance Windows that the Provider announces at least 5 Business Days"
                        + " before it begins is excused Planned Work; announced later, or not announced, it is Downtime.")
                .contains("a Business Day is a day on which the window “Business hours” has hours, other than its public holidays");
    }

    @Test
    void standardRulesAddNothing() {
        assertThat(pdf(MeasurementPeriod.CALENDAR_MONTH, MaintenanceRules.standard())).doesNotContain("excused Planned Work")
                .doesNotContain("counted as available time");
    }
}
