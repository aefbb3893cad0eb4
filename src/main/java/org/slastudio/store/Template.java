package org.slastudio.store;

/**
 * A starter agreement to begin a draft from.
 *
 * @param name short unique key, e.g. {@code cloud-hosting}, as typed on the command line
 */
public record Template(String name, String title, String description) {
}
