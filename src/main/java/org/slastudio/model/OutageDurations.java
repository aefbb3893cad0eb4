package org.slastudio.model;

public enum OutageDurations {
    /** Every outage lasts the mean time to repair. */
    FIXED,
    EXPONENTIAL,
    /** A few long outages and many short ones, as operations data usually show. */
    LOGNORMAL
}
