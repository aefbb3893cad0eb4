package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.clauses.Placeholders;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.model.Agreement;
import org.slastudio.model.Dates;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.negotiation.DraftDiff;
import org.slastudio.store.Draft;

/** The agreement's locale, a setting of the draft, decides how every date of the exported agreement is written. */
class AgreementLocaleTest {
    private static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 11, 27, 10, 30, 0, 0, ZoneId.of("Europe/London"));

    private static Agreement in(Locale locale) {
        Agreement a = ExportedPdf.example().agreement();
        return a.withOverview(a.overview().withLocale(locale));
    }

    @ParameterizedTest(name = "{0} {1}: {2} / {3}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-01 | en-GB | 1 January 2026     | 1 Jan 2026",
            "2026-01-01 | en-US | January 1, 2026    | Jan 1, 2026",
            "2026-09-30 | en-GB | 30 September 2026  | 30 Sep 2026",
            "2026-09-30 | en-US | September 30, 2026 | Sep 30, 2026",
            "2028-02-29 | en-US | February 29, 2028  | Feb 29, 2028"})
    void datesAreWrittenAsTheLocaleWritesThem(LocalDate date, String tag, String longDate, String shortDate) {
        Locale locale = Locale.forLanguageTag(tag);

        assertThat(Dates.longDate(date, locale)).isEqualTo(longDate);
        assertThat(Dates.shortDate(date, locale)).isEqualTo(shortDate);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-GB | This Agreement takes effect on 1 January 2026 | 1 Jan 2026, | 27 November 2026",
            "en-US | This Agreement takes effect on January 1, 2026 | Jan 1, 2026, | November 27, 2026"})
    void theExportedAgreementWritesItsDatesInItsOwnLocale(String tag, String term, String holiday, String issued) {
        Agreement agreement = in(Locale.forLanguageTag(tag));
        // no locale in the options: the agreement's own
        String text = ExportedPdf.read(ExportedPdf.export(Draft.of(agreement), new ExportOptions(true, ISSUED, null))).flatText();

        assertThat(text).contains(term, holiday, "Date of this draft " + issued, "EUR 18,500.00");
        assertThat(Placeholders.fill("From {{agreement.effectiveDate}}.", agreement))
                .isEqualTo("From " + term.substring(term.lastIndexOf(" on ") + 4) + ".");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-GB | from 1 January 2026 to 30 January 2026",
            "en-US | from January 1, 2026 to January 30, 2026"})
    void theBasisOfTheAllowedDowntimeIsWrittenInTheAgreementsLocale(String tag, String when) {
        Overview o = in(Locale.forLanguageTag(tag)).overview();
        Overview fixed = new Overview(o.title(), o.type(), o.effectiveDate(), o.term(), o.purpose(), o.governingLaw(),
                o.currency(), MeasurementPeriod.FIXED_30_DAY_MONTH, o.timeZone(), o.version(), o.locale());

        assertThat(AllowedDowntime.of(fixed, LocalDate.of(2026, 12, 3)).when()).isEqualTo(when);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en-US"})
    void aChangeOfLanguageIsAChangeOfTheAgreement(String tag) {
        List<String> changes = DraftDiff.between(in(Locale.UK), in(Locale.forLanguageTag(tag))).stream()
                .map(c -> c.description()).toList();

        assertThat(changes).containsExactly("Language of the agreement: UK English -> US English");
    }
}
