package org.slastudio.model;

/**
 * A term that only the clauses state, such as the notice to terminate for persistent failure or the time to resolve an
 * escalation: named here so that clause texts say {@code {{figure.<id>}}} and never type the number in.
 */
public record AgreedFigure(String id, String name, Quantity value) {
}
