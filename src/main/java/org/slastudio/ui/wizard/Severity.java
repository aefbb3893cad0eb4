package org.slastudio.ui.wizard;

/** How much a finding matters, most serious first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
