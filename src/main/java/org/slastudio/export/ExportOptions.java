package org.slastudio.export;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * How to export an agreement.
 *
 * @param draftMark whether every page carries the diagonal DRAFT mark; a copy for signature has none
 * @param issued    when the copy was made; its date is printed on the title page and it is the PDF's creation date
 * @param locale    how dates and numbers are written, e.g. {@code Locale.UK}: "1 January 2026", "EUR 18,500.00";
 *                  null for the agreement's own locale (its overview's), as a copy for the parties should be
 */
public record ExportOptions(boolean draftMark, ZonedDateTime issued, Locale locale) {

    public ExportOptions {
        Objects.requireNonNull(issued, "issued");
    }

    /** A working copy, marked DRAFT on every page. */
    public static ExportOptions draft() {
        return new ExportOptions(true, ZonedDateTime.now(), null);
    }

    /** A copy for signature, without the DRAFT mark. */
    public static ExportOptions finalCopy() {
        return new ExportOptions(false, ZonedDateTime.now(), null);
    }

    public ExportOptions issuedAt(ZonedDateTime value) {
        return new ExportOptions(draftMark, value, locale);
    }

    /** These options with the locale settled: the one given, else the agreement's. */
    ExportOptions in(Locale agreementLocale) {
        return locale != null ? this : new ExportOptions(draftMark, issued, agreementLocale == null ? Locale.UK : agreementLocale);
    }

    LocalDate issueDate() {
        return issued.toLocalDate();
    }
}
