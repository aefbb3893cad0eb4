package org.slastudio.model;

/** Whether an outage lasting exactly the minimum counts. */
public enum MinimumOutageBound {
    /** An outage of at least the minimum counts, one of exactly the minimum included. */
    AT_LEAST,
    /** Only an outage longer than the minimum counts; one of exactly the minimum does not. */
    MORE_THAN
}
