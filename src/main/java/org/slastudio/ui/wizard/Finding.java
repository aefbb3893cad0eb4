package org.slastudio.ui.wizard;

/**
 * Something the review found in the draft, at a JSON path such as {@code $.services[0].levels[1].targetPercent}.
 *
 * @param suggestedFix what to do about it, or null
 */
public record Finding(String path, Severity severity, String message, String suggestedFix) {
}
