package org.slastudio.ui.overview;

import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.model.Renewal;
import org.slastudio.model.Term;
import org.slastudio.ui.wizard.DraftModel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewModelTest {
    private final DraftModel draft = new DraftModel();
    private final OverviewModel step = new OverviewModel(draft);

    @Test
    void whatIsTypedBecomesTheAgreementsOverview() {
        step.reload();
        step.title.text().set("Hosting SLA");
        step.type.set(AgreementType.CUSTOMER_BASED);
        step.effectiveDate.text().set("2027-01-01");
        step.initialMonths.text().set("24");
        step.renewal.set(Renewal.AUTOMATIC);
        step.renewalMonths.text().set("12");
        step.noticeDays.text().set("90");
        step.purpose.text().set("Hosting of the web shop");
        step.governingLaw.text().set("England and Wales");
        step.currency.text().set("gbp");
        step.measurementPeriod.set(MeasurementPeriod.CALENDAR_QUARTER);
        step.timeZone.text().set("Europe/London");
        step.version.text().set("Round 2");

        step.commit();

        assertThat(draft.agreement().overview()).isEqualTo(new Overview("Hosting SLA", AgreementType.CUSTOMER_BASED,
                LocalDate.of(2027, 1, 1), new Term(24, Renewal.AUTOMATIC, 12, 90), "Hosting of the web shop",
                "England and Wales", Currency.getInstance("GBP"), MeasurementPeriod.CALENDAR_QUARTER,
                ZoneId.of("Europe/London"), "Round 2"));
        assertThat(step.inputErrors().get()).isFalse();
    }

    @Test
    void theLanguageOfTheAgreementIsUkEnglishUntilTheUserChoosesUsEnglish() {
        step.reload();
        step.title.text().set("Hosting SLA");
        step.commit();
        assertThat(draft.agreement().overview().locale()).isEqualTo(java.util.Locale.UK);

        step.locale.set(java.util.Locale.US);
        step.commit();

        assertThat(draft.agreement().overview().locale()).isEqualTo(java.util.Locale.US);
        assertThat(OverviewModel.localeName(java.util.Locale.US)).isEqualTo("US English (January 1, 2026)");
        step.reload();
        assertThat(step.locale.get()).isEqualTo(java.util.Locale.US);
    }

    @Test
    void anUnknownTimeZoneKeepsTheOldZoneAndSaysWhatToType() {
        Overview blank = Overview.blank();
        draft.start(Agreement.blank().withOverview(new Overview("T", blank.type(), null, blank.term(), "", "", null,
                blank.measurementPeriod(), ZoneId.of("UTC"), "0.1")), null);
        step.reload();

        step.timeZone.text().set("Europe/Atlantis");
        step.title.text().set("T2");
        step.commit();

        assertThat(draft.agreement().overview().timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(draft.agreement().overview().title()).isEqualTo("T2");
        assertThat(step.timeZone.text().get()).isEqualTo("Europe/Atlantis");
        assertThat(step.timeZone.error().get()).isEqualTo("Time zone: pick a time zone from the list, e.g. Europe/Berlin or UTC");
        assertThat(step.inputErrors().get()).isTrue();
    }

    @Test
    void afindingAboutTheCurrencyPointsAtTheCurrencyField() {
        assertThat(step.reveal("$.overview.currency")).contains("overview-currency");
        assertThat(step.reveal("$.overview.term.noticeDays")).contains("overview-notice-days");
    }
}
