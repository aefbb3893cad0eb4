package org.slastudio.review;

/**
 * One thing the review has to say about a draft.
 *
 * @param path         JSON path of the field in the draft file, e.g. {@code $.services[0].levels[1].targetPercent}
 * @param severity     how much it matters
 * @param message      what is wrong, naming things as the user named them
 * @param suggestedFix what to do about it
 */
public record Finding(String path, Severity severity, String message, String suggestedFix) {
}
