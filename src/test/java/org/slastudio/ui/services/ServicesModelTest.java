package org.slastudio.ui.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.ui.start.ExampleAgreement;
import org.slastudio.ui.wizard.DraftModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServicesModelTest {
    private final DraftModel draft = new DraftModel();
    private final ServicesModel step = new ServicesModel(draft);

    private void startWithTwoWindowsInEuros() {
        Overview o = Overview.blank();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        draft.start(Agreement.blank()
                .withOverview(new Overview("T", o.type(), null, o.term(), "", "", Currency.getInstance("EUR"),
                        o.measurementPeriod(), berlin, "0.1"))
                .withWindows(List.of(AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", berlin),
                        AvailabilityWindow.twentyFourSeven("office", "Office hours", berlin))), null);
        step.reload();
    }

    @Test
    void eachWindowOffersATargetAndOnlyFilledInTargetsBecomeLevels() {
        startWithTwoWindowsInEuros();
        step.add();

        assertThat(step.levels).extracting(l -> l.windowName).containsExactly("Around the clock", "Office hours");
        step.levels.get(0).target.text().set("99.95%");
        step.levels.get(0).creditBearing.set(true);
        step.commit();

        assertThat(draft.agreement().services().get(0).levels())
                .containsExactly(new ServiceLevel("24x7", new BigDecimal("99.95"), true));
    }

    @Test
    void feesAreMoneyInTheAgreementsCurrency() {
        startWithTwoWindowsInEuros();
        step.add();
        step.name.text().set("Web shop hosting");
        step.monthlyFee.text().set("12,000.00");
        step.downtimeCost.text().set("8500");
        step.commit();

        Service s = draft.agreement().services().get(0);
        assertThat(s.name()).isEqualTo("Web shop hosting");
        assertThat(s.monthlyFee()).isEqualTo(Money.of("12000.00", "EUR"));
        assertThat(s.downtimeCostPerHour()).isEqualTo(Money.of("8500", "EUR"));
        assertThat(step.currencyCode.get()).isEqualTo("EUR");
    }

    @Test
    void aTargetAboveHundredKeepsThePreviousTargetAndBlocksNext() {
        draft.start(ExampleAgreement.managedHosting(), null);
        step.reload();

        step.levels.get(0).target.text().set("199.95");
        step.commit();

        assertThat(draft.agreement().services().get(0).levels().get(0).targetPercent()).isEqualTo(new BigDecimal("99.95"));
        assertThat(step.inputErrors().get()).isTrue();
        assertThat(step.levels.get(0).target.error().get()).startsWith("Target in Around the clock:");
    }

    @Test
    void newServicesAreProvidedByTheFirstPartyToTheSecond() {
        draft.start(ExampleAgreement.managedHosting().withServices(List.of()), null);
        step.reload();

        step.add();

        Service s = draft.agreement().services().get(0);
        assertThat(s.providerId()).isEqualTo("provider");
        assertThat(s.recipientId()).isEqualTo("customer");
        assertThat(step.partyName("provider")).isEqualTo("Nimbus Hosting GmbH");
    }

    @Test
    void aFindingAboutALevelFocusesTheTargetOfItsWindow() {
        draft.start(ExampleAgreement.managedHosting(), null);
        step.reload();

        // The support desk's only level is in business hours, the second window.
        assertThat(step.reveal("$.services[1].levels[0].targetPercent")).contains("services-level-1-target");
        assertThat(step.rows.selected().get()).isEqualTo(1);
    }

    @Test
    void besideEachTargetIsTheDowntimeItAllowsWhileTyping() {
        Overview o = Overview.blank();
        draft.start(Agreement.blank()
                .withOverview(new Overview("T", o.type(), LocalDate.of(2027, 1, 1), o.term(), "", "",
                        Currency.getInstance("EUR"), o.measurementPeriod(), ZoneId.of("Europe/Berlin"), "0.1"))
                .withWindows(List.of(AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", ZoneId.of("Europe/Berlin")))), null);
        step.reload();
        step.add();

        // January 2027, the first month of the term, has 31 x 1,440 = 44,640 minutes; 0.1% of it is 44.64 min.
        step.levels.get(0).target.text().set("99.9%");
        assertThat(step.levels.get(0).allowance.get()).isEqualTo("Allows 44 min 38.4 s of downtime in January 2027"
                + " (31 days), the first month of the term, with maintenance windows and public holidays taken out.");

        step.levels.get(0).target.text().set("99.9x");
        assertThat(step.levels.get(0).allowance.get()).isEmpty();
    }

    @ParameterizedTest(name = "{0}% of a 24x7 February 2027: {1}")
    @CsvSource(delimiter = '|', value = {
            // 28 x 1,440 = 40,320 minutes
            "99.9|40 min 19.2 s",
            "99.99|4 min 1.92 s",
            "99.0|6 h 43 min 12 s",
            "100|0 s"})
    void theAllowanceOfATargetIsWorkedOutOverTheFirstMonthOfTheTerm(String target, String expected) {
        AvailabilityWindow always = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", ZoneId.of("Europe/Berlin"));
        Overview o = Overview.blank();
        Agreement starting = Agreement.blank().withOverview(new Overview("T", o.type(), LocalDate.of(2027, 2, 1), o.term(),
                "", "", null, o.measurementPeriod(), ZoneId.of("Europe/Berlin"), "0.1"));

        assertThat(ServicesModel.allowance(starting, always, new BigDecimal(target), null)).isEqualTo("Allows " + expected
                + " of downtime in February 2027 (28 days), the first month of the term, with maintenance windows and public"
                + " holidays taken out.");
    }

    @ParameterizedTest(name = "{0}, {1}-minute intervals, minimum {2} {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            "TIME_BASED                  |   | 5  |           | Outages of 5 min or longer count; shorter ones do not.",
            "TIME_BASED                  |   | 5  | MORE_THAN | Outages longer than 5 min count; one of exactly 5 min does not.",
            "TIME_BASED                  |   | 0  |           | Every outage counts, however short.",
            "INTERVAL_SHARE              | 5 | 15 | AT_LEAST  | A run of 3 or more consecutive intervals down (15 min) counts; shorter runs do not.",
            "INTERVAL_SHARE              | 5 | 15 | MORE_THAN | A run of 4 or more consecutive intervals down (20 min) counts; shorter runs do not.",
            "INTERVAL_SHARE              | 5 | 12 | AT_LEAST  | A run of 3 or more consecutive intervals down (15 min) counts; shorter runs do not.",
            "INTERVAL_SHARE              | 5 | 3  | AT_LEAST  | No effect: every interval down lasts 5 min, so each one counts.",
            "INTERVAL_AVERAGE_ERROR_RATE | 5 | 15 | AT_LEAST  | No effect: this method has no outages to leave out.",
            "REQUEST_COUNTS              |   | 0  |           | ''",
    })
    void besideTheMinimumIsWhatItMeansUnderTheMethod(org.slastudio.model.MeasurementMethod method, Integer interval,
                                                     int minimum, org.slastudio.model.MinimumOutageBound bound, String meaning) {
        var rule = new org.slastudio.model.MeasurementRule(method, interval, BigDecimal.ONE, minimum, bound,
                org.slastudio.model.ClockStart.AT_FAILURE, false);
        assertThat(ServicesModel.minimumMeaning(rule)).isEqualTo(meaning);
    }

    @Test
    void aFindingAboutTheBoundFocusesItsChoice() {
        draft.start(ExampleAgreement.managedHosting(), null);
        step.reload();

        assertThat(step.reveal("$.services[0].measurement.minimumOutageBound")).contains("services-minimum-outage-bound");
    }
}
