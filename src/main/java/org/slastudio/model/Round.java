package org.slastudio.model;

import java.time.LocalDate;

/**
 * One round of the negotiation: a version of the agreement one side put to the other.
 *
 * @param proposedBy id of the party that proposed it
 */
public record Round(int number, String proposedBy, LocalDate date, String note) {
}
