package org.slastudio.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.BusinessDayDeadline;

/**
 * A clock that runs only in a window's hours, in its zone, and stops on its holidays; maintenance windows do not
 * stop it. A ticket raised outside hours starts at the next opening; one due exactly at closing time is due then,
 * not at the next opening.
 */
public final class BusinessClock implements ResponseClock {
    private static final long SEARCH_DAYS = 7;
    private static final long GIVE_UP_DAYS = 400;

    private final AvailabilityWindow window;

    public BusinessClock(AvailabilityWindow window) {
        this.window = window;
    }

    public AvailabilityWindow window() {
        return window;
    }

    @Override
    public Instant due(Instant raised, Duration within) {
        long remaining = within.toMillis();
        long cursor = raised.toEpochMilli();
        long giveUp = raised.plus(GIVE_UP_DAYS, ChronoUnit.DAYS).toEpochMilli();
        if (remaining <= 0) {
            return raised;
        }
        while (true) {
            long chunkEnd = Instant.ofEpochMilli(cursor).plus(SEARCH_DAYS, ChronoUnit.DAYS).toEpochMilli();
            Spans open = WindowCalendar.hoursAndHolidays(window, cursor, chunkEnd).intersect(Spans.of(cursor, chunkEnd));
            for (int i = 0; i < open.size(); i++) {
                long length = open.end(i) - open.start(i);
                if (remaining <= length) {
                    return Instant.ofEpochMilli(open.start(i) + remaining);
                }
                remaining -= length;
                giveUp = Math.max(giveUp, open.end(i) + GIVE_UP_DAYS * 86_400_000L);
            }
            cursor = chunkEnd;
            if (cursor > giveUp) {
                throw new IllegalArgumentException("Window \"" + window.id() + "\" is never open, so a clock in it never runs;"
                        + " give it weekly hours ($.windows[].hours)");
            }
        }
    }

    /**
     * The close of business on the business day a ticket raised at {@code raised} counts as received (the day the
     * clock next runs, see {@link #nextOpening}), or on the first business day after that one.
     */
    public Instant dueBy(Instant raised, BusinessDayDeadline deadline) {
        BusinessDays days = new BusinessDays(window);
        LocalDate received = days.dateOf(nextOpening(raised));
        LocalDate due = deadline == BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY ? days.next(received) : received;
        return days.closeOfBusiness(due);
    }

    /** The first instant at or after {@code instant} at which the clock runs. */
    public Instant nextOpening(Instant instant) {
        return due(instant, Duration.ofMillis(1)).minusMillis(1);
    }
}
