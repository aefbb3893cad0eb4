package org.slastudio.model;

public enum ClaimDeadlineRule {
    DAYS_AFTER_PERIOD_END,
    END_OF_NTH_FOLLOWING_BILLING_CYCLE
}
