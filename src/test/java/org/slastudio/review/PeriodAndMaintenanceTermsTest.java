package org.slastudio.review;

import static org.slastudio.review.Drafts.all;
import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.WARNING;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MeasurementPeriod;

/** The valid draft: a 24x7 window with Sunday maintenance and a business-hours window, both measuring levels. */
class PeriodAndMaintenanceTermsTest {

    static Stream<ReviewCase> findings() {
        return Stream.of(
                finds("a month as 30 days for business hours", set("$.overview.measurementPeriod", MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS),
                        "$.windows[1].hours", WARNING, "Window 'Business hours' is not open around the clock, but the agreement"
                                + " measures calendar months as 30 days (43,200 minutes), which only has meaning for a 24x7 window"),
                finds("negative notice", set("$.windows[0].maintenanceRules", new MaintenanceRules(null, -1, null)),
                        "$.windows[0].maintenanceRules.plannedWorkNoticeBusinessDays", ERROR, "a notice of -1 Business Days is negative"),
                finds("calendar not defined", set("$.windows[0].maintenanceRules", new MaintenanceRules(null, 5, "office")),
                        "$.windows[0].maintenanceRules.businessDaysWindowId", ERROR, "Business Days of window \"office\", which is not defined"),
                finds("calendar without notice", set("$.windows[0].maintenanceRules", new MaintenanceRules(null, null, "business-hours")),
                        "$.windows[0].maintenanceRules.businessDaysWindowId", WARNING, "sets no notice for planned work, so it has no effect"),
                finds("counted as available with nothing to count", all(
                                set("$.windows[0].maintenance", List.of()),
                                set("$.windows[0].maintenanceRules", new MaintenanceRules(MaintenanceConvention.COUNTED_AS_AVAILABLE, null, null))),
                        "$.windows[0].maintenanceRules.convention", WARNING, "the choice has no effect"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void eachTermIsChecked(ReviewCase c) {
        c.assertFound();
    }

    @Test
    void soundTermsPassQuietly() {
        ReviewCase.assertClean(all(
                set("$.windows[0].maintenanceRules", new MaintenanceRules(MaintenanceConvention.COUNTED_AS_AVAILABLE, 5, "business-hours")),
                set("$.overview.measurementPeriod", MeasurementPeriod.FIXED_30_DAY_MONTH)));
    }
}
