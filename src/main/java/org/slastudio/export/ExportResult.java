package org.slastudio.export;

/**
 * What an export produced.
 *
 * @param pages       how many pages the PDF has
 * @param fingerprint the short fingerprint printed on every page (see {@link Fingerprint#shortOf})
 */
public record ExportResult(int pages, String fingerprint) {
}
