package org.slastudio.model;

public enum DataSource {
    /** Measured by monitoring tools. */
    AUTOMATED,
    /** Compiled by hand, harder for the other side to verify. */
    MANUAL
}
