package org.slastudio.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A recurring window for planned maintenance, excluded from measurement when notice was given.
 *
 * @param noticeHours how long before the work the provider must announce it
 */
public record MaintenanceWindow(String name, Set<DayOfWeek> days, LocalTime from, LocalTime until, Integer noticeHours) {

    public MaintenanceWindow {
        days = Lists.copyEnums(days, DayOfWeek.class);
    }
}
