package org.slastudio.model;

public enum ReportingFrequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    ANNUALLY
}
