package org.slastudio.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates are written in an agreement's locale: "1 January 2026" in UK English, "January 1, 2026" in US English. */
public final class Dates {
    private static final DateTimeFormatter UK_LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter US_LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter UK_SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter US_SHORT = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    private Dates() {
    }

    /** "1 January 2026" or "January 1, 2026". */
    public static String longDate(LocalDate date, Locale locale) {
        return (Locale.US.equals(locale) ? US_LONG : UK_LONG).format(date);
    }

    /** "1 Jan 2026" or "Jan 1, 2026", for tables; UK English has no point after the month. */
    public static String shortDate(LocalDate date, Locale locale) {
        return (Locale.US.equals(locale) ? US_SHORT : UK_SHORT).format(date).replace("Sept", "Sep");
    }
}
