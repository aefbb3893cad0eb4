package org.slastudio.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Where rules put what they find. */
final class Findings {
    private final List<Finding> found = new ArrayList<>();

    void error(String path, String message, String suggestedFix) {
        found.add(new Finding(path, Severity.ERROR, message, suggestedFix));
    }

    void warning(String path, String message, String suggestedFix) {
        found.add(new Finding(path, Severity.WARNING, message, suggestedFix));
    }

    void info(String path, String message, String suggestedFix) {
        found.add(new Finding(path, Severity.INFO, message, suggestedFix));
    }

    /** Adds a finding unless the same one is there already, as one term seen through two levels' views would be. */
    void add(Finding f) {
        if (!found.contains(f)) {
            found.add(f);
        }
    }

    List<Finding> all() {
        return List.copyOf(found);
    }

    /** Document order, then severity; findings the same in both keep the order the rules produced them. */
    List<Finding> inDocumentOrder() {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Finding::path, new DocumentOrder()).thenComparing(Finding::severity));
        return List.copyOf(sorted);
    }
}
