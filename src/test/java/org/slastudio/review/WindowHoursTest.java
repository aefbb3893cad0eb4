package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.WARNING;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.WeeklyHours;

class WindowHoursTest {

    static Stream<ReviewCase> badSchedules() {
        return Stream.of(
                finds("no hours", set("$.windows[1].hours", List.of()), "$.windows[1].hours", ERROR,
                        "Window 'Business hours' has no hours: no target in it can be measured"),
                finds("hours on no day", set("$.windows[1].hours[0].days", EnumSet.noneOf(DayOfWeek.class)), "$.windows[1].hours[0].days", ERROR,
                        "Window 'Business hours', hours 1 is on no day of the week"),
                finds("hours without start", set("$.windows[1].hours[0].from", null), "$.windows[1].hours[0].from", ERROR, "has no start time"),
                finds("hours without end", set("$.windows[1].hours[0].until", null), "$.windows[1].hours[0].until", ERROR, "has no end time"),
                finds("hours from 08:00 to 08:00", set("$.windows[1].hours[0].until", LocalTime.of(8, 0)), "$.windows[1].hours[0].until", WARNING,
                        "runs from 08:00 to 08:00, which is read as 24 hours from 08:00"),
                finds("maintenance on no day", set("$.windows[0].maintenance[0].days", EnumSet.noneOf(DayOfWeek.class)),
                        "$.windows[0].maintenance[0].days", ERROR, "Window 'Around the clock', maintenance window 'Sunday maintenance' is on no day"),
                finds("maintenance without start", set("$.windows[0].maintenance[0].from", null), "$.windows[0].maintenance[0].from", ERROR,
                        "has no start time"),
                finds("negative notice", set("$.windows[0].maintenance[0].noticeHours", -1), "$.windows[0].maintenance[0].noticeHours", ERROR,
                        "notice of -1 hours is negative"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSchedules")
    void aWindowNeedsDaysAndTimes(ReviewCase c) {
        c.assertFound();
    }

    private static WeeklyHours hours(DayOfWeek day, String from, String until) {
        return new WeeklyHours(EnumSet.of(day), LocalTime.parse(from), LocalTime.parse(until));
    }

    static Stream<ReviewCase> overlaps() {
        return Stream.of(
                finds("Monday morning twice", Drafts.append("$.windows[1].hours", hours(DayOfWeek.MONDAY, "09:00", "12:00")),
                        "$.windows[1].hours[1]", WARNING, "Window 'Business hours': hours 2 overlap hours 1 on Monday at 09:00, so that time counts twice"),
                finds("Friday night into Saturday", set("$.windows[1].hours", List.of(hours(DayOfWeek.FRIDAY, "22:00", "06:00"),
                                hours(DayOfWeek.SATURDAY, "00:00", "08:00"))),
                        "$.windows[1].hours[1]", WARNING, "hours 2 overlap hours 1 on Saturday at 00:00"),
                finds("Sunday night into Monday, listed after Monday", set("$.windows[1].hours", List.of(hours(DayOfWeek.MONDAY, "05:00", "08:00"),
                                hours(DayOfWeek.SUNDAY, "22:00", "06:00"))),
                        "$.windows[1].hours[1]", WARNING, "hours 2 overlap hours 1 on Monday at 05:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlaps")
    void hoursCoveringTheSameTimeTwiceAreAWarning(ReviewCase c) {
        c.assertFound();
    }

    @org.junit.jupiter.api.Test
    void hoursThatOnlyTouchDoNotOverlap() {
        ReviewCase.assertClean(set("$.windows[1].hours", List.of(hours(DayOfWeek.MONDAY, "08:00", "18:00"), hours(DayOfWeek.MONDAY, "18:00", "20:00"),
                hours(DayOfWeek.SUNDAY, "22:00", "08:00"))));
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"00:00,00:00", "22:00,06:00", "08:00,18:00", "00:00,12:00", "12:00,00:00"})
    void wholeDaysOvernightAndOrdinaryHoursAreFine(String from, String until) {
        ReviewCase.assertClean(set("$.windows[1].hours", List.of(
                new WeeklyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.parse(from), LocalTime.parse(until)))));
    }
}
