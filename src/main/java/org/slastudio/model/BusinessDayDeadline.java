package org.slastudio.model;

/**
 * A time target written as a business day rather than a length of time. A ticket raised outside the clock
 * window's hours (after closing, on a weekend or holiday) counts as received when the window next opens, as SLA
 * texts read it: one reported before closing on a working day is due by the end of the next working day.
 */
public enum BusinessDayDeadline {
    /** By the close of business on the business day the ticket counts as received. */
    END_OF_SAME_BUSINESS_DAY,
    /** By the close of business on the first business day after the one the ticket counts as received. */
    END_OF_NEXT_BUSINESS_DAY
}
