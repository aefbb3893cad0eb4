package org.slastudio.ui.wizard;

/** What the step list shows beside a step. */
public enum StepStatus {
    NOT_STARTED,
    COMPLETE,
    PROBLEM
}
