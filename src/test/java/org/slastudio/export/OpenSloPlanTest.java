package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.export.OpenSloDocuments.objective;
import static org.slastudio.export.OpenSloDocuments.timeWindow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.ClockStart;
import org.slastudio.model.DataSource;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Overview;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TargetComparator;
import org.slastudio.store.Draft;
import tools.jackson.databind.JsonNode;

/** Which objectives of a draft become SLOs, how, and what is left out with its reason. */
class OpenSloPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static OpenSloDocuments export(Agreement a) {
        return OpenSloDocuments.export(Draft.of(a), TODAY);
    }

    private static List<String> leftOut(Agreement a) {
        return OpenSloExport.of(Draft.of(a), TODAY).leftOut();
    }

    private static Agreement withOverview(Agreement a, MeasurementPeriod period, LocalDate effective, ZoneId zone) {
        Overview o = a.overview();
        return a.withOverview(new Overview(o.title(), o.type(), effective, o.term(), o.purpose(), o.governingLaw(),
                o.currency(), period, zone, o.version()));
    }

    private static Agreement withService(Agreement a, int index, Service s) {
        List<Service> services = new ArrayList<>(a.services());
        services.set(index, s);
        return a.withServices(services);
    }

    private static Service measured(Service s, MeasurementRule rule) {
        return new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                s.businessImportance(), s.downtimeCostPerHour(), s.levels(), rule);
    }

    private static Metric percentage(String id, String name, TargetComparator comparator, String target, String unit) {
        return new Metric(id, name, MetricKind.CUSTOM, null, comparator, target == null ? null : new BigDecimal(target),
                unit, List.of(), null, MeasurementPeriod.CALENDAR_MONTH, ReportingFrequency.MONTHLY, DataSource.AUTOMATED,
                "provider", MetricClassification.KEY);
    }

    private static String name(JsonNode d) {
        return d.path("metadata").path("name").asString();
    }

    @Test
    void theValidAgreementGivesAnSloPerLevelAndPerPriorityMetInAShareOfCases() {
        OpenSloDocuments docs = export(Agreements.valid());

        assertThat(docs.slos()).extracting(OpenSloPlanTest::name).containsExactly("storage-24x7",
                "database-business-hours", "database-24x7", "incident-response-p1", "incident-response-p2",
                "incident-response-p3", "incident-resolution-p1", "incident-resolution-p2");
        JsonNode p3 = docs.slo("incident-response-p3");
        assertThat(objective(p3).path("value").decimalValue()).isEqualByComparingTo("14400");
        assertThat(objective(p3).path("target").decimalValue()).isEqualTo(new BigDecimal("0.9"));
        assertThat(objective(p3).path("displayName").asString()).isEqualTo("P3 within 4 Business Hours in 90% of cases");
        assertThat(p3.path("spec").path("indicator").path("spec").path("thresholdMetric").path("metricSource")
                .path("spec").path("query").asString()).contains("response time of each P3 ticket, in seconds on the clock"
                + " of the window Business hours (08:00-18:00 Monday to Friday, Europe/Berlin, excluding public holidays)");
        assertThat(timeWindow(p3).path("calendar").path("startTime").asString()).isEqualTo("2027-01-01 00:00:00");
        assertThat(timeWindow(p3).path("calendar").path("timeZone").asString()).isEqualTo("Europe/Berlin");
    }

    @Test
    void aTimeEveryTicketMustMeetIsLeftOutWithItsReasonAndTheRestatedAvailabilityMetricIsNotRepeated() {
        assertThat(leftOut(Agreements.valid())).containsExactly(
                "metrics[1].priorityTargets[3] (Incident response time, P4): every ticket must meet it, a target of"
                        + " 100%, and OpenSLO's targets stop short of 100%",
                "metrics[2].priorityTargets[2] (Incident resolution time, P3): every ticket must meet it, a target of"
                        + " 100%, and OpenSLO's targets stop short of 100%",
                "metrics[2].priorityTargets[3] (Incident resolution time, P4): every ticket must meet it, a target of"
                        + " 100%, and OpenSLO's targets stop short of 100%");
    }

    @Test
    void aLevelOfAHundredPercentOrInAWindowNotDefinedIsLeftOutAndTheOthersStillExport() {
        Agreement a = Agreements.valid();
        Service database = a.services().get(1);
        a = withService(a, 1, database.withLevels(List.of(new ServiceLevel("business-hours", new BigDecimal("100"), true),
                new ServiceLevel("nights", new BigDecimal("99.5"), false))));

        assertThat(leftOut(a)).startsWith(
                "services[1].levels[0] (Managed Database in Business hours): an OpenSLO target lies from 0 up to but not"
                        + " including 100%, and 100% does not",
                "services[1].levels[1] (Managed Database in nights): its window \"nights\" is not defined");
        assertThat(export(a).slos()).extracting(OpenSloPlanTest::name).startsWith("storage-24x7", "incident-response-p1");
    }

    @Test
    void requestCountsAreOccurrencesAnAverageErrorRateIsRatioTimeslicesAndUtcPeriodsAreCutInUtc() {
        Agreement a = Agreements.valid();
        a = withService(a, 0, measured(a.services().get(0),
                new MeasurementRule(MeasurementMethod.REQUEST_COUNTS, null, null, null, ClockStart.AT_FAILURE, false)));
        a = withService(a, 1, measured(a.services().get(1),
                new MeasurementRule(MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE, 5, null, null, ClockStart.AT_FAILURE, true)));

        OpenSloDocuments docs = export(a);

        JsonNode storage = docs.slo("storage-24x7");
        assertThat(storage.path("spec").path("budgetingMethod").asString()).isEqualTo("Occurrences");
        assertThat(objective(storage).has("timeSliceWindow")).isFalse();
        JsonNode ratio = storage.path("spec").path("indicator").path("spec").path("ratioMetric");
        assertThat(ratio.path("good").path("metricSource").path("spec").path("query").asString())
                .startsWith("valid requests to Object Storage that succeed");
        assertThat(timeWindow(storage).path("calendar").path("timeZone").asString()).isEqualTo("Europe/Berlin");
        JsonNode database = docs.slo("database-business-hours");
        assertThat(database.path("spec").path("budgetingMethod").asString()).isEqualTo("RatioTimeslices");
        assertThat(objective(database).path("timeSliceWindow").asString()).isEqualTo("5m");
        assertThat(objective(database).has("timeSliceTarget")).isFalse();
        assertThat(timeWindow(database).path("calendar").path("timeZone").asString()).isEqualTo("UTC");
    }

    @Test
    void servicesWhoseIdsMakeTheSameLabelGetNamesOfTheirOwn() {
        Agreement a = Agreements.valid();
        Service storage = a.services().get(0);
        Service other = a.services().get(1);
        a = withService(a, 0, new Service("core_banking", storage.name(), storage.description(), storage.providerId(),
                storage.recipientId(), storage.monthlyFee(), storage.businessImportance(), storage.downtimeCostPerHour(),
                storage.levels(), storage.measurement()));
        a = withService(a, 1, new Service("Core-Banking", other.name(), other.description(), other.providerId(),
                other.recipientId(), other.monthlyFee(), other.businessImportance(), other.downtimeCostPerHour(),
                List.of(new ServiceLevel("24x7", new BigDecimal("99.5"), false)), other.measurement()));

        OpenSloDocuments docs = export(a);

        assertThat(docs.ofKind("Service")).extracting(OpenSloPlanTest::name).startsWith("core-banking", "core-banking-2");
        assertThat(docs.slos()).extracting(OpenSloPlanTest::name).startsWith("core-banking-24x7", "core-banking-24x7-2");
        assertThat(docs.slo("core-banking-24x7").path("spec").path("service").asString()).isEqualTo("core-banking");
        assertThat(docs.slo("core-banking-24x7-2").path("spec").path("service").asString()).isEqualTo("core-banking-2");
    }

    @Test
    void aPercentageOfEventsIsOccurrencesAndAtMostIsTheShareOfTheRest() {
        Agreement a = Agreements.valid().withMetrics(List.of(
                percentage("answered", "Calls answered within 30 seconds", TargetComparator.AT_LEAST, "80", "% of calls"),
                percentage("abandoned", "Calls abandoned before answer", TargetComparator.AT_MOST, "5", "% of calls"),
                percentage("none-abandoned", "No call abandoned", TargetComparator.AT_MOST, "0", "% of calls"),
                percentage("satisfaction", "Customer satisfaction", TargetComparator.AT_LEAST, "4.2", "out of 5"),
                new Metric("leads", "Qualified leads", MetricKind.COUNT, null, TargetComparator.AT_LEAST,
                        new BigDecimal("400"), "leads a month", List.of(), null, null, null, null, null, null)));

        OpenSloDocuments docs = export(a);

        JsonNode answered = docs.slo("answered");
        assertThat(answered.path("spec").path("budgetingMethod").asString()).isEqualTo("Occurrences");
        assertThat(objective(answered).path("target").decimalValue()).isEqualTo(new BigDecimal("0.8"));
        assertThat(answered.path("spec").path("indicator").path("spec").path("ratioMetric").path("good")
                .path("metricSource").path("spec").path("query").asString())
                .isEqualTo("calls that count as: Calls answered within 30 seconds");
        assertThat(answered.path("spec").path("service").asString()).isEqualTo("cloud-hosting-service-level-agreement");
        JsonNode abandoned = docs.slo("abandoned");
        assertThat(objective(abandoned).path("target").decimalValue()).isEqualTo(new BigDecimal("0.95"));
        assertThat(objective(abandoned).path("displayName").asString()).isEqualTo("at most 5% of calls");
        assertThat(abandoned.path("spec").path("indicator").path("spec").path("ratioMetric").has("bad")).isTrue();
        assertThat(abandoned.path("spec").path("indicator").path("spec").path("ratioMetric").has("good")).isFalse();
        assertThat(docs.ofKind("Service")).extracting(OpenSloPlanTest::name)
                .contains("cloud-hosting-service-level-agreement");
        assertThat(leftOut(a)).containsExactly(
                "metrics[2] (No call abandoned): an OpenSLO target lies from 0 up to but not including 100%, and 100% does not",
                "metrics[3] (Customer satisfaction): its target, 4.2 out of 5, is not a share of events or time, which"
                        + " is all an OpenSLO objective states",
                "metrics[4] (Qualified leads): its target, 400 leads a month, is not a share of events or time, which is"
                        + " all an OpenSLO objective states");
    }

    @Test
    void aBusinessDayDeadlineIsNoLengthOfTimeAndIsLeftOut() {
        Agreement a = Agreements.valid();
        Metric response = a.metrics().get(1);
        List<Metric> metrics = new ArrayList<>(a.metrics());
        metrics.set(1, new Metric(response.id(), response.name(), response.kind(), response.serviceId(),
                response.comparator(), response.target(), response.unit(),
                List.of(new PriorityTarget(Priority.P4, null, new BigDecimal("90"), BusinessDayDeadline.END_OF_NEXT_BUSINESS_DAY)),
                response.clockWindowId(), response.period(), response.reporting(), response.dataSource(),
                response.responsiblePartyId(), response.classification()));

        assertThat(leftOut(a.withMetrics(metrics))).startsWith("metrics[1].priorityTargets[0] (Incident response time, P4):"
                + " it is due by a business day, not within a length of time");
    }

    @Test
    void aWeekStartsOnTheMondayOfTheEffectiveDatesWeek() {
        // 1 January 2027 is a Friday
        Agreement a = withOverview(Agreements.valid(), MeasurementPeriod.WEEK, LocalDate.of(2027, 1, 1), Agreements.BERLIN);

        JsonNode w = timeWindow(export(a).slo("storage-24x7"));

        assertThat(w.path("duration").asString()).isEqualTo("1w");
        assertThat(w.path("calendar").path("startTime").asString()).isEqualTo("2026-12-28 00:00:00");
    }

    @Test
    void thirtyDayPeriodsWithoutAnEffectiveDateStartTodayAndSaySoInTheDescription() {
        Agreement a = withOverview(Agreements.valid(), MeasurementPeriod.FIXED_30_DAY_MONTH, null, Agreements.BERLIN);

        JsonNode slo = export(a).slo("storage-24x7");

        assertThat(timeWindow(slo).path("duration").asString()).isEqualTo("30d");
        assertThat(timeWindow(slo).path("calendar").path("startTime").asString()).isEqualTo("2026-03-15 00:00:00");
        assertThat(slo.path("spec").path("description").asString())
                .contains("per period of 30 days counted from 2026-03-15")
                .contains("no effective date yet").contains("set calendar.startTime to the effective date");
    }

    @Test
    void aCalendarMonthMeasuredAsThirtyDaysSaysWhereTheSloDiffers() {
        Agreement a = withOverview(Agreements.valid(), MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS,
                LocalDate.of(2027, 2, 1), Agreements.BERLIN);

        JsonNode slo = export(a).slo("storage-24x7");

        assertThat(timeWindow(slo).path("duration").asString()).isEqualTo("1M");
        assertThat(slo.path("spec").path("description").asString()).contains("43,200 minutes");
    }

    @Test
    void withoutAnAgreementZoneLevelsAreCutInTheirWindowsZoneAndMetricsAreLeftOut() {
        Agreement a = withOverview(Agreements.valid(), MeasurementPeriod.CALENDAR_MONTH, LocalDate.of(2027, 1, 1), null);

        assertThat(timeWindow(export(a).slo("storage-24x7")).path("calendar").path("timeZone").asString())
                .isEqualTo("Europe/Berlin");
        assertThat(leftOut(a)).contains("metrics[1].priorityTargets[0] (Incident response time, P1): the agreement has"
                + " no time zone to cut its periods in ($.overview.timeZone)");
    }

    @Test
    void aBlankDraftHasNothingToExport() {
        OpenSloExport export = OpenSloExport.of(Draft.of(Agreement.blank()), TODAY);

        assertThat(export.sloCount()).isZero();
        assertThat(export.serviceCount()).isZero();
    }
}
