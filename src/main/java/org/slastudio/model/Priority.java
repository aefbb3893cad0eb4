package org.slastudio.model;

/** Incident priority, P1 the most urgent. */
public enum Priority {
    P1,
    P2,
    P3,
    P4
}
