package org.slastudio.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;

/** The period convention and the maintenance rules in a diff, with whom each change favours, and taken over. */
class PeriodAndMaintenanceDiffTest {
    private static final Agreement OURS = Agreements.valid();

    private static Agreement period(MeasurementPeriod p) {
        Overview o = OURS.overview();
        return OURS.withOverview(new Overview(o.title(), o.type(), o.effectiveDate(), o.term(), o.purpose(), o.governingLaw(),
                o.currency(), p, o.timeZone(), o.version()));
    }

    private static Agreement rules(MaintenanceConvention c, Integer days, String calendar) {
        return Edits.window(OURS, "24x7", w -> w.withMaintenanceRules(new MaintenanceRules(c, days, calendar)));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "CALENDAR_MONTH            | CALENDAR_MONTH_AS_30_DAYS | Measurement period: Calendar month -> Calendar month, measured as 30 days (43,200 minutes) | CUSTOMER",
            "CALENDAR_MONTH_AS_30_DAYS | CALENDAR_MONTH            | Measurement period: Calendar month, measured as 30 days (43,200 minutes) -> Calendar month | PROVIDER",
            "CALENDAR_MONTH            | FIXED_30_DAY_MONTH        | Measurement period: Calendar month -> Consecutive 30-day periods from the effective date | NEUTRAL",
    })
    void aChangedPeriodConventionIsNamedPlainly(MeasurementPeriod before, MeasurementPeriod after, String description, Favours favours) {
        List<Change> changes = DraftDiff.between(period(before), period(after));
        assertThat(changes).extracting(Change::description).containsExactly(description);
        assertThat(changes).extracting(Change::favours).containsExactly(favours);
        assertThat(NextRound.build(period(before), period(after), Map.of(changes.get(0), Decision.ACCEPT))).isEqualTo(period(after));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "counted as available | COUNTED_AS_AVAILABLE        |   |        | Window 'Around the clock': maintenance: Excluded from the measured time -> Counted as available time | PROVIDER",
            "notice added         | EXCLUDED_FROM_MEASURED_TIME | 5 |        | Window 'Around the clock': planned work outside the maintenance windows excused with notice of: not set -> 5 Business Days | PROVIDER",
            "calendar named       | EXCLUDED_FROM_MEASURED_TIME |   | office | Window 'Around the clock': Business Days are the days of window: not set -> 'office' | NEUTRAL",
    })
    void aChangedMaintenanceRuleSaysWhomItFavours(String name, MaintenanceConvention c, Integer days, String calendar,
                                                  String description, Favours favours) {
        Agreement theirs = rules(c, days, calendar);
        List<Change> changes = DraftDiff.between(OURS, theirs);
        assertThat(changes).extracting(Change::description).containsExactly(description);
        assertThat(changes).extracting(Change::favours).containsExactly(favours);
        assertThat(NextRound.build(OURS, theirs, Map.of(changes.get(0), Decision.ACCEPT))).isEqualTo(theirs);
    }

    @ParameterizedTest(name = "{0} -> {1} days: {2}")
    @CsvSource({"5, 10, CUSTOMER", "10, 5, PROVIDER", "5, , CUSTOMER"})
    void longerNoticeFavoursTheCustomer(Integer before, Integer after, Favours favours) {
        List<Change> changes = DraftDiff.between(rules(null, before, null), rules(null, after, null));
        assertThat(changes).extracting(Change::favours).containsExactly(favours);
    }
}
