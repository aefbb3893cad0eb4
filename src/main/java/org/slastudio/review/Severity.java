package org.slastudio.review;

/** How much a finding matters, most serious first (findings on the same path are listed in this order). */
public enum Severity {
    /** The draft is incomplete or contradicts itself: it cannot be calculated or signed as it stands. */
    ERROR,
    /** The draft is consistent but very likely does not say what the parties mean. */
    WARNING,
    /** Worth knowing while negotiating; nothing is wrong. */
    INFO
}
