package org.slastudio.model;

/** Legal prose that goes around the numbers of a section. */
public record Clause(Section section, String heading, String text) {
}
