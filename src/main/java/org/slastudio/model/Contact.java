package org.slastudio.model;

/** Who to call about the agreement. */
public record Contact(String name, String email, String phone) {
}
