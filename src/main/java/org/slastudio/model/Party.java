package org.slastudio.model;

/**
 * A party to the agreement.
 *
 * @param id short key the rest of the draft refers to, e.g. "provider"
 */
public record Party(String id, PartyRole role, String legalName, String address, Contact contact, Signatory signatory) {
}
