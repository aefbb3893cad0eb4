package org.slastudio.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

/**
 * A time range on some days of the week, in the window's zone.
 * {@code until} of 00:00 means midnight at the end of the day, so 00:00-00:00 is the whole day;
 * {@code until} before {@code from} runs past midnight into the next day (22:00-06:00).
 */
public record WeeklyHours(Set<DayOfWeek> days, LocalTime from, LocalTime until) {

    public WeeklyHours {
        days = Lists.copyEnums(days, DayOfWeek.class);
    }

    public boolean isWholeDay() {
        return LocalTime.MIDNIGHT.equals(from) && LocalTime.MIDNIGHT.equals(until);
    }

    /** Length of the range on one day, by the clock (a daylight saving change is the engine's business). */
    public long minutesPerDay() {
        if (from == null || until == null) {
            return 0;
        }
        long minutes = Duration.between(from, until).toMinutes();
        return minutes <= 0 ? minutes + 24 * 60 : minutes;
    }
}
