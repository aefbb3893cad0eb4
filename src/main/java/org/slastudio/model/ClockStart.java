package org.slastudio.model;

public enum ClockStart {
    AT_FAILURE,
    /** Time before the customer reported the fault does not count. */
    AT_FAULT_REPORT
}
