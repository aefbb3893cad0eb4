package org.slastudio.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The agreement's front matter.
 *
 * @param timeZone the zone in which measurement periods start and end and deadlines fall;
 *                 UTC where the agreement says so
 * @param version  the draft's own version label, e.g. "0.3" or "Round 2"
 * @param locale   the language and conventions the agreement is written in: UK English (dates as 1 January 2026)
 *                 unless the draft says US English (January 1, 2026); one of {@link #LOCALES}
 */
public record Overview(
        String title,
        AgreementType type,
        LocalDate effectiveDate,
        Term term,
        String purpose,
        String governingLaw,
        Currency currency,
        MeasurementPeriod measurementPeriod,
        ZoneId timeZone,
        String version,
        Locale locale) {

    /** The locales an agreement can be written in; the first is the default. */
    public static final List<Locale> LOCALES = List.of(Locale.UK, Locale.US);

    public Overview {
        locale = locale == null ? Locale.UK : locale;
    }

    /** An overview in UK English. */
    public Overview(String title, AgreementType type, LocalDate effectiveDate, Term term, String purpose,
                    String governingLaw, Currency currency, MeasurementPeriod measurementPeriod, ZoneId timeZone,
                    String version) {
        this(title, type, effectiveDate, term, purpose, governingLaw, currency, measurementPeriod, timeZone, version,
                Locale.UK);
    }

    public static Overview blank() {
        return new Overview("", AgreementType.SERVICE_BASED, null, Term.none(), "", "", null,
                MeasurementPeriod.CALENDAR_MONTH, null, "0.1");
    }

    public Overview withLocale(Locale value) {
        return new Overview(title, type, effectiveDate, term, purpose, governingLaw, currency, measurementPeriod,
                timeZone, version, value);
    }
}
