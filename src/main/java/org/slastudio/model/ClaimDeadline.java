package org.slastudio.model;

/**
 * By when a credit must be claimed, e.g. 30 days after the period ends, or by the end of the second billing
 * cycle after it.
 */
public record ClaimDeadline(ClaimDeadlineRule rule, Integer count) {
}
