package org.slastudio.model;

/** The person who signs for a party. */
public record Signatory(String name, String title) {
}
