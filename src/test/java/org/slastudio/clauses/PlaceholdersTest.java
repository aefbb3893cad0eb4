package org.slastudio.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.EarnBack;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.model.Quantity;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreements;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.Money;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.TierBound;
import org.slastudio.model.WeeklyHours;

class PlaceholdersTest {

    /** Every form in FORMS appears here once at least, with the value worked out by hand from Agreements.valid(). */
    static Stream<Arguments> valuesOfTheValidAgreement() {
        return Stream.of(
                arguments("agreement.title", "Cloud Hosting Service Level Agreement"),
                arguments("agreement.effectiveDate", "1 January 2027"),
                arguments("agreement.initialTerm", "36 months"),
                arguments("agreement.renewalTerm", "12 months"),
                arguments("agreement.noticePeriod", "90 days"),
                arguments("agreement.measurementPeriod", "calendar month"),
                arguments("agreement.timeZone", "Europe/Berlin"),
                arguments("agreement.governingLaw", "England and Wales"),
                arguments("provider.legalName", "Northwind Cloud GmbH"),
                arguments("provider.address", "Hafenstrasse 1, 20457 Hamburg, Germany"),
                arguments("customer.legalName", "Contoso Retail Ltd"),
                arguments("customer.address", "1 King Street, London EC2V 8AU, United Kingdom"),
                arguments("party.customer.legalName", "Contoso Retail Ltd"),
                arguments("party.provider.address", "Hafenstrasse 1, 20457 Hamburg, Germany"),
                arguments("service.storage.name", "Object Storage"),
                arguments("service.storage.target", "99.9%"),
                // the first credit-bearing level, not merely the first level
                arguments("service.database.target", "99.9%"),
                arguments("service.database.target.24x7", "99.5%"),
                arguments("service.database.target.business-hours", "99.9%"),
                arguments("service.storage.monthlyFee", "EUR 12,000.00"),
                arguments("service.database.monthlyFee", "EUR 8,500.00"),
                arguments("service.storage.minimumOutage", "5 minutes"),
                arguments("window.24x7.name", "Around the clock"),
                arguments("window.24x7.hours", "at all times (Europe/Berlin time)"),
                arguments("window.business-hours.hours", "Monday to Friday, 08:00 to 18:00 (Europe/Berlin time)"),
                arguments("window.24x7.maintenance", "Sunday, 02:00 to 04:00, on 3 days' notice"),
                arguments("window.24x7.maintenanceNotice", "72 hours"),
                arguments("credits.tiers", "10% where availability is below 99.9% but at least 99.0%; "
                        + "25% where availability is below 99.0% but at least 95.0%; and 50% where availability is below 95.0%"),
                arguments("credits.tier.1.credit", "10%"),
                arguments("credits.tier.1.upper", "99.9%"),
                arguments("credits.tier.2.lower", "95.0%"),
                arguments("credits.tier.3.credit", "50%"),
                arguments("credits.feeBasis", "the monthly fee of the affected service"),
                arguments("credits.monthlyCap", "50%"),
                arguments("credits.rollingTwelveMonthCap", "20%"),
                arguments("credits.minimumCredit", "EUR 100.00"),
                arguments("credits.claimDeadline", "30 days after the end of the calendar month"),
                arguments("credits.earnBackPeriods", "3"),
                arguments("metric.storage-availability.name", "Object Storage availability"),
                arguments("metric.storage-availability.target", "99.9%"),
                arguments("metric.incident-response.P1", "15 minutes"),
                arguments("metric.incident-response.P2", "1 Business Hour"),
                arguments("metric.incident-response.P3", "4 Business Hours"),
                arguments("metric.incident-response.P1.compliance", "95%"),
                arguments("metric.incident-resolution.P2.compliance", "90%"),
                arguments("metric.incident-resolution.P3", "48 Business Hours"),
                arguments("metric.incident-resolution.P4", "120 Business Hours"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("valuesOfTheValidAgreement")
    void aPlaceholderIsFilledFromTheDraft(String name, String expected) {
        Agreement a = Agreements.valid();

        assertThat(Placeholders.value(name, a)).contains(expected);
        assertThat(Placeholders.fill("[{{" + name + "}}]", a)).isEqualTo("[" + expected + "]");
        assertThat(Placeholders.fill("[{{ " + name + "  }}]", a)).as("blanks inside the braces").isEqualTo("[" + expected + "]");
    }

    @Test
    void everyKnownFormIsCoveredByTheTableAbove() {
        List<String> covered = valuesOfTheValidAgreement().map(a -> (String) a.get()[0])
                .map(n -> n.replaceFirst("^(party|service|window|metric)\\.[^.]+", "$1.<id>")
                        .replaceFirst("^(service\\.<id>\\.target)\\.[^.]+$", "$1.<windowId>")
                        .replaceFirst("^credits\\.tier\\.\\d+", "credits.tier.<n>"))
                .toList();
        List<String> notNeedingTheValidAgreement = List.of("credits.atRisk", "credits.poolAllocation", "metric.<id>.P4",
                "metric.<id>.P3.compliance", "metric.<id>.P4.compliance", "service.<id>.interval", "service.<id>.errorThreshold",
                "credits.earnBackTarget", "figure.<id>");
        for (String form : Placeholders.FORMS) {
            assertThat(covered.contains(form) || notNeedingTheValidAgreement.contains(form)).as(form).isTrue();
        }
    }

    @Test
    void figuresIntervalsAndTheEarnBackTargetReadAsTheyWouldInAClause() {
        Agreement a = Agreements.valid()
                .withFigures(List.of(new AgreedFigure("termination-notice", "Notice to terminate",
                                new Quantity(new BigDecimal("30"), Quantity.Unit.DAYS, null)),
                        new AgreedFigure("report-due", "Report due", new Quantity(BigDecimal.ONE, Quantity.Unit.BUSINESS_DAYS, null)),
                        new AgreedFigure("audit-cap", "Audit cap", new Quantity(new BigDecimal("2500.00"), Quantity.Unit.MONEY,
                                java.util.Currency.getInstance("EUR")))))
                .withServices(List.of(new Service("storage", "Object Storage", "", "provider", "customer", null, null, null,
                        List.of(), new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, 5, new BigDecimal("5.0"), 0,
                        ClockStart.AT_FAILURE, false))))
                .withCreditRegime(new CreditRegime(List.of(), FeeBasis.AFFECTED_SERVICE, null, null, null, null,
                        new EarnBack(3, new BigDecimal("99.95")), null, false));

        assertThat(Placeholders.fill("{{figure.termination-notice}}' notice; report within {{figure.report-due}};"
                + " audits up to {{figure.audit-cap}}; {{service.storage.interval}} intervals failing above"
                + " {{service.storage.errorThreshold}}; earned back at {{credits.earnBackTarget}}", a))
                .isEqualTo("30 days' notice; report within 1 Business Day; audits up to EUR 2,500.00; 5 minutes intervals"
                        + " failing above 5.0%; earned back at 99.95%");
        assertThat(Placeholders.unfilled("{{figure.gone}} {{credits.tier.9.credit}} {{metric.incident-response.P4.compliance}}",
                Agreements.valid())).extracting(Placeholders.Gap::reason).containsExactly("the draft has no figure 'gone'",
                "there is no credit tier 9", "metric 'incident-response' asks every P4 incident to meet its target");
    }

    @Test
    void theAtRiskAmountAndItsPoolAllocationReadAsTheyWouldInAClause() {
        Agreement a = Agreements.valid().withCreditRegime(new CreditRegime(List.of(), FeeBasis.AT_RISK_AMOUNT, null, null,
                new AtRiskAmount(new BigDecimal("12"), List.of(new PoolAllocation("storage", new BigDecimal("150")),
                        new PoolAllocation("database", new BigDecimal("100")), new PoolAllocation("gone", new BigDecimal("5")))),
                null, null, new ClaimDeadline(ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE, 2), false));

        assertThat(Placeholders.fill("{{credits.atRisk}} at risk: {{credits.poolAllocation}}; claim by {{credits.claimDeadline}}; "
                + "credits are a share of {{credits.feeBasis}}.", a))
                .isEqualTo("12% at risk: Object Storage 150%, Managed Database 100% and gone 5%; claim by the end of the second "
                        + "billing cycle after the calendar month; credits are a share of the at-risk amount.");
    }

    @Test
    void fixedCreditsAndInclusiveUpperBoundsAreDescribedAsWritten() {
        Agreement a = Agreements.valid().withCreditRegime(new CreditRegime(
                List.of(new CreditTier(new TierBound(new BigDecimal("99.0"), false), TierBound.inclusive("99.5"), null, Money.of("250.00", "EUR")),
                        new CreditTier(null, TierBound.inclusive("99.0"), null, Money.of("1000", "EUR"))),
                FeeBasis.ALL_SERVICES, null, null, null, null, null, null, false));

        assertThat(Placeholders.fill("{{credits.tiers}}, of {{credits.feeBasis}}", a))
                .isEqualTo("EUR 250.00 where availability is at most 99.5% but above 99.0%; and EUR 1,000.00 where availability is "
                        + "at most 99.0%, of the monthly fees of all services");
    }

    @Test
    void anInternalAgreementTakesItsProviderAndCustomerFromTheFirstService() {
        Agreement valid = Agreements.valid();
        Agreement internal = valid.withParties(List.of(
                new Party("customer", PartyRole.INTERNAL_DEPARTMENT, "Sales", "Floor 3", null, null),
                new Party("provider", PartyRole.INTERNAL_DEPARTMENT, "Marketing", "Floor 2", null, null)));

        assertThat(Placeholders.fill("{{provider.legalName}} serves {{customer.legalName}}", internal)).isEqualTo("Marketing serves Sales");
    }

    static Stream<Arguments> namesThatAreNotPlaceholders() {
        return Stream.of(
                arguments("{{credits.cap}}", List.of("credits.cap")),
                arguments("{{provider.name}} and {{customer.legalName}}", List.of("provider.name")),
                arguments("{{service.storage}}", List.of("service.storage")),
                arguments("{{service.storage.target.24x7.extra}}", List.of("service.storage.target.24x7.extra")),
                arguments("{{service.storage.name.24x7}}", List.of("service.storage.name.24x7")),
                arguments("{{service..target}}", List.of("service..target")),
                arguments("{{metric.incident-response.P5}}", List.of("metric.incident-response.P5")),
                arguments("{{window.24x7.holidays}}", List.of("window.24x7.holidays")),
                arguments("{{Provider.legalName}}", List.of("Provider.legalName")),
                arguments("{{}}", List.of("")),
                arguments("Dear {{customer.legalName", List.of("{{customer.legalName")),
                arguments("Dear customer.legalName}}, ok", List.of("customer.legalName}}")),
                arguments("{{customer.legalName}} owes nothing", List.of()),
                arguments("no placeholders at all {single braces}", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesThatAreNotPlaceholders")
    void unknownNamesAndUnpairedBracesAreListed(String text, List<String> unknown) {
        assertThat(Placeholders.unknown(text)).isEqualTo(unknown);
    }

    static Stream<Arguments> placeholdersTheDraftCannotFill() {
        return Stream.of(
                arguments("service.nonesuch.target", "the draft has no service 'nonesuch'"),
                arguments("service.storage.target.business-hours", "service 'storage' has no target in window 'business-hours'"),
                arguments("party.auditor.legalName", "the draft has no party 'auditor'"),
                arguments("window.business-hours.maintenance", "window 'business-hours' has no maintenance window"),
                arguments("window.nonesuch.hours", "the draft has no window 'nonesuch'"),
                arguments("metric.nonesuch.target", "the draft has no metric 'nonesuch'"),
                arguments("metric.incident-response.target", "metric 'incident-response' has no target"),
                arguments("credits.atRisk", "the at-risk amount is not set"),
                arguments("credits.poolAllocation", "there is no pool allocation"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("placeholdersTheDraftCannotFill")
    void aKnownPlaceholderTheDraftCannotFillStaysAsWrittenAndSaysWhy(String name, String reason) {
        Agreement a = Agreements.valid();
        String text = "Before {{" + name + "}} after {{customer.legalName}}.";

        assertThat(Placeholders.unknown(text)).isEmpty();
        assertThat(Placeholders.unfilled(text, a)).containsExactly(new Placeholders.Gap(name, reason));
        assertThat(Placeholders.fill(text, a)).isEqualTo("Before {{" + name + "}} after Contoso Retail Ltd.");
        assertThat(Placeholders.value(name, a)).isEmpty();
    }

    @Test
    void unsetValuesOfTheAgreementAreGapsNamingTheField() {
        Agreement a = Agreements.valid().withCreditRegime(CreditRegime.none())
                .withParties(List.of(new Party("provider", PartyRole.PROVIDER, " ", null, null, null)));
        String text = "{{credits.monthlyCap}} {{credits.claimDeadline}} {{credits.tiers}} {{credits.minimumCredit}} "
                + "{{credits.earnBackPeriods}} {{provider.legalName}} {{provider.address}} {{customer.legalName}}";

        assertThat(Placeholders.unfilled(text, a)).extracting(Placeholders.Gap::reason).containsExactly(
                "the monthly cap is not set", "the claim deadline is not set", "there are no credit tiers",
                "the minimum credit is not set", "earn-back is not set", "party 'provider' has no legal name",
                "party 'provider' has no address", "no party is the customer");
    }

    @Test
    void anUnknownPlaceholderIsLeftAsWrittenByFill() {
        assertThat(Placeholders.fill("{{credits.cap}} and {{customer.legalName}}", Agreements.valid()))
                .isEqualTo("{{credits.cap}} and Contoso Retail Ltd");
    }

    @Test
    void fillingKeepsDollarSignsAndBackslashesOfTheValue() {
        Agreement a = Agreements.valid().withParties(List.of(
                new Party("provider", PartyRole.PROVIDER, "Cash $1 \\ Co", null, null, null)));

        assertThat(Placeholders.fill("{{provider.legalName}}", a)).isEqualTo("Cash $1 \\ Co");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
            "12000.00   | 12,000.00",
            "2500000    | 2,500,000",
            "99.0       | 99.0",
            "4.2        | 4.2",
            "0.005      | 0.005",
            "1234567.891| 1,234,567.891"})
    void numbersAreGroupedAndKeepEveryDigit(String value, String expected) {
        assertThat(ClauseWords.number(new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
            "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY          | Monday to Friday",
            "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY | every day",
            "SATURDAY,SUNDAY                                   | Saturday and Sunday",
            "SUNDAY                                            | Sunday",
            "MONDAY,WEDNESDAY,FRIDAY                           | Monday, Wednesday and Friday",
            "FRIDAY,MONDAY,TUESDAY                             | Monday, Tuesday and Friday",
            "TUESDAY,WEDNESDAY,THURSDAY                        | Tuesday to Thursday"})
    void daysReadAsARunOrAList(String days, String expected) {
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String d : days.split(",")) {
            set.add(DayOfWeek.valueOf(d.strip()));
        }
        assertThat(ClauseWords.days(set)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"1|first", "2|second", "3|third", "10|tenth", "11|11th", "12|12th", "13|13th",
            "21|21st", "22|22nd", "23|23rd", "101|101st", "111|111th"})
    void ordinalsAreWordsUpToTenThenDigits(int n, String expected) {
        assertThat(ClauseWords.ordinal(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} hours -> {1}")
    @CsvSource(delimiter = '|', value = {"1|1 hour's", "24|24 hours'", "36|36 hours'", "48|2 days'", "72|3 days'", "120|5 days'", "100|100 hours'"})
    void noticeInWholeDaysReadsInDays(int hours, String expected) {
        assertThat(ClauseWords.notice(hours)).isEqualTo(expected);
    }

    @Test
    void hoursOnTheSameDaysReadAsOneEntryAndANightWindowRunsIntoTheNextDay() {
        EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        AvailabilityWindow outside = new AvailabilityWindow("outside", "Outside business hours", Agreements.BERLIN,
                List.of(new WeeklyHours(weekdays, LocalTime.of(0, 0), LocalTime.of(8, 0)),
                        new WeeklyHours(weekdays, LocalTime.of(18, 0), LocalTime.MIDNIGHT),
                        new WeeklyHours(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                List.of(), List.of(new MaintenanceWindow("Night", EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(22, 0), LocalTime.of(2, 0), 120)));
        Agreement a = Agreements.valid().withWindows(List.of(outside));

        assertThat(Placeholders.fill("{{window.outside.hours}} | {{window.outside.maintenance}}", a)).isEqualTo(
                "Monday to Friday, 00:00 to 08:00 and 18:00 to 24:00; Saturday and Sunday, all day (Europe/Berlin time)"
                        + " | Saturday, 22:00 to 02:00 the next day, on 5 days' notice");
    }

    @Test
    void namesAreListedInOrderOfAppearance() {
        assertThat(Placeholders.names("{{a}} x {{ b.c }} {{a}}")).containsExactly("a", "b.c", "a");
        assertThat(Placeholders.names(null)).isEmpty();
        assertThat(Placeholders.fill(null, Agreements.valid())).isNull();
    }
}
