package org.slastudio.model;

public enum Renewal {
    /** Ends with its term. */
    NONE,
    /** Renews for another term unless a party gives notice. */
    AUTOMATIC,
    /** Renews only when the parties agree in writing. */
    BY_AGREEMENT
}
