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
 * @param locale    how numbers and money are written, e.g. {@code Locale.UK}: "€18,500.00"
 */
public record ExportOptions(boolean draftMark, ZonedDateTime issued, Locale locale) {

    public ExportOptions {
        Objects.requireNonNull(issued, "issued");
        locale = locale == null ? Locale.UK : locale;
    }

    /** A working copy, marked DRAFT on every page. */
    public static ExportOptions draft() {
        return new ExportOptions(true, ZonedDateTime.now(), Locale.UK);
    }

    /** A copy for signature, without the DRAFT mark. */
    public static ExportOptions finalCopy() {
        return new ExportOptions(false, ZonedDateTime.now(), Locale.UK);
    }

    public ExportOptions issuedAt(ZonedDateTime value) {
        return new ExportOptions(draftMark, value, locale);
    }

    LocalDate issueDate() {
        return issued.toLocalDate();
    }
}
