package org.slastudio.model;

public enum TargetComparator {
    AT_LEAST,
    AT_MOST
}
