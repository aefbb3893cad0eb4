package org.slastudio.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.review.Drafts.pct;
import static org.slastudio.review.Drafts.set;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.WeeklyHours;

/**
 * Worked by hand: a typical month is 365.25 / 12 / 7 = 4.348214 weeks. Around the clock a week is 604 800 s, so
 * 99.999% allows 6.048 s a week, 26.30 s a month; 99.9978% allows 57.86 s; 99.9977% allows 60.49 s (no warning).
 * Ten hours a week (Mondays 08:00-18:00) are 36 000 s: 99.999% allows 1.565 s a month, 99.9999% 0.1565 s.
 */
class MeasurableTargetTest {
    private static final String TARGET = "$.services[1].levels[1].targetPercent"; // reported only, so no credit tier check interferes

    private static UnaryOperator<Agreement> tenHoursAWeek() {
        return set("$.windows[0].hours", List.of(new WeeklyHours(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))));
    }

    @ParameterizedTest(name = "{0}% around the clock")
    @CsvSource(delimiter = '|', value = {
            "99.999   | target 99.999% allows only about 26 seconds of downtime a month in this window",
            "99.9978  | target 99.9978% allows only about 58 seconds of downtime a month in this window",
            "100      | target 100% allows no downtime at all in this window",
            "100.00   | target 100.00% allows no downtime at all in this window"})
    void aTargetLeavingUnderAMinuteAroundTheClockIsAWarningWithTheFigure(String target, String message) {
        ReviewCase.finds(target, set(TARGET, pct(target)), TARGET, Severity.WARNING,
                "Service 'Managed Database', window 'Around the clock': " + message).assertFound();
    }

    @ParameterizedTest(name = "{0}% in ten hours a week")
    @CsvSource(delimiter = '|', value = {
            "99.999   | allows only about 1.6 seconds of downtime a month in this window",
            "99.9999  | allows under 1 second of downtime a month in this window (about 0.16 seconds)"})
    void aTargetLeavingUnderAMinuteInANarrowWindowIsAWarningWithTheFigure(String target, String message) {
        ReviewCase.finds(target, Drafts.all(tenHoursAWeek(), set(TARGET, pct(target))), TARGET, Severity.WARNING, message).assertFound();
    }

    @ParameterizedTest(name = "{0}% around the clock")
    @CsvSource({"99.9977", "99.99", "99.9"})
    void aTargetLeavingAMinuteOrMoreIsMeasurable(String target) {
        assertThat(Review.of(set(TARGET, pct(target)).apply(Agreements.valid()))).extracting(Finding::path).doesNotContain(TARGET);
    }

    @Test
    void aWindowWithoutHoursIsLeftToTheWindowCheck() {
        assertThat(Review.of(set("$.windows[0].hours", List.of()).apply(Agreements.valid())))
                .noneMatch(f -> f.message().contains("of downtime a month"));
    }
}
