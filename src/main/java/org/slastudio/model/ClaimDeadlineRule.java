package org.slastudio.model;

/**
 * What a claim deadline counts from, and in which days. Calendar days end at midnight of the agreement's zone;
 * business days are those of a named window (days with hours, less its holidays).
 */
public enum ClaimDeadlineRule {
    /** "within 30 days after the end of the month" */
    DAYS_AFTER_PERIOD_END,
    /** "by the end of the second billing cycle after the month" */
    END_OF_NTH_FOLLOWING_BILLING_CYCLE,
    /** "within 30 days of the incident": from the day the period's first counted outage began */
    DAYS_AFTER_INCIDENT,
    /** "within ten business days after the end of the month" */
    BUSINESS_DAYS_AFTER_PERIOD_END,
    /** "within ten business days after the incident occurred" */
    BUSINESS_DAYS_AFTER_INCIDENT;

    public boolean fromIncident() {
        return this == DAYS_AFTER_INCIDENT || this == BUSINESS_DAYS_AFTER_INCIDENT;
    }

    public boolean businessDays() {
        return this == BUSINESS_DAYS_AFTER_PERIOD_END || this == BUSINESS_DAYS_AFTER_INCIDENT;
    }
}
