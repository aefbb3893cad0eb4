package org.slastudio.model;

/**
 * By when a credit must be claimed, e.g. 30 days after the period ends, by the end of the second billing cycle
 * after it, within 30 days of the incident, or within ten business days after the period ends.
 *
 * @param calendarWindowId the window whose business days a business-day rule counts (its days with hours, less
 *                         its holidays); unused by the calendar-day rules
 */
public record ClaimDeadline(ClaimDeadlineRule rule, Integer count, String calendarWindowId) {

    /** A deadline in calendar days or billing cycles, which needs no business calendar. */
    public ClaimDeadline(ClaimDeadlineRule rule, Integer count) {
        this(rule, count, null);
    }
}
