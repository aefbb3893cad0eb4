package org.slastudio.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The agreement's front matter.
 *
 * @param timeZone the zone in which measurement periods start and end and deadlines fall;
 *                 UTC where the agreement says so
 * @param version  the draft's own version label, e.g. "0.3" or "Round 2"
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
        String version) {

    public static Overview blank() {
        return new Overview("", AgreementType.SERVICE_BASED, null, Term.none(), "", "", null,
                MeasurementPeriod.CALENDAR_MONTH, null, "0.1");
    }
}
