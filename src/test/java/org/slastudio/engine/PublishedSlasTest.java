package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.BusinessDayDeadline;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.ClockStart;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.LevelCredits;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricKind;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TierBound;

/**
 * Worked cases from published SLAs, each computed by hand in docs/published-slas.md (the case ids, e.g. AWS-3, are
 * that file's), and here by the engine as the draft expresses the text. Provider and clause are named on each case.
 * Where a text has two readings, the case names the reading the draft takes.
 */
class PublishedSlasTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final AvailabilityWindow AROUND_THE_CLOCK = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", UTC);
    private static final MathContext SIX = new MathContext(8);

    // ---- Amazon Compute SLA (Region-Level 99.99%, Instance-Level 99.5%): one table drawn against each target,
    // "less than [the commitment] but equal to or greater than 99.0%: 10%; less than 99.0% but equal to or greater
    // than 95.0%: 30%; less than 95.0%: 100%". Concepts 1, 2, 3.

    private static final CreditRegime BELOW_COMMITMENT = regime(List.of(
            new CreditTier(TierBound.inclusive("99.0"), TierBound.target(false), new BigDecimal("10"), null),
            tier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), "30"),
            tier(null, TierBound.exclusive("95.0"), "100")));

    private static Agreement compute() {
        return agreement(BELOW_COMMITMENT,
                service("region", "1000.00", "USD", new ServiceLevel("24x7", new BigDecimal("99.99"), true)),
                service("instance", "73.00", "USD", new ServiceLevel("24x7", new BigDecimal("99.5"), true)));
    }

    @ParameterizedTest(name = "AWS {0}: {1} {2} min down: USD {3}")
    @CsvSource({
            // AWS-1: May 2026, 44,640 min; 5 min: 44,635/44,640 = 99.988799% < 99.99, >= 99.0: 10% of USD 1,000.00
            "AWS-1, region, 2026-05, 5, 100.00",
            // AWS-2: June, 43,200 min; 4 min: 99.990740% meets 99.99 (allows 4.32 min); 5 min: 99.988425%
            "AWS-2, region, 2026-06, 4, 0.00",
            "AWS-2, region, 2026-06, 5, 100.00",
            // AWS-3: 432 min is exactly 99.0%, "equal to or greater than 99.0%": 10%; 433 min: 98.997685%: 30%
            "AWS-3, region, 2026-06, 432, 100.00",
            "AWS-3, region, 2026-06, 433, 300.00",
            // AWS-5: Instance-Level, February 2026, 40,320 min; 201 min: 99.501488% meets 99.5; 202: 99.499007%: 10% of 73.00
            "AWS-5, instance, 2026-02, 201, 0.00",
            "AWS-5, instance, 2026-02, 202, 7.30",
    })
    void awsComputeOneTableAgainstEachCommitment(String id, String serviceId, String month, long minutes, BigDecimal dollars) {
        Agreement a = compute();
        MeasurementPeriodRange period = MeasurementPeriodRange.calendarMonth(YearMonth.parse(month));
        Instant start = period.start().atStartOfDay(UTC).toInstant().plusSeconds(3600);
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(AROUND_THE_CLOCK, MeasurementRule.timeBased(), UTC, period,
                List.of(Outage.unplanned(start, start.plusSeconds(minutes * 60))));
        assertThat(credit(a, serviceId, period, m.availabilityPercent())).as(id).isEqualByComparingTo(dollars);
    }

    // ---- Amazon S3 SLA: S3 Standard (99.9%: less than 99.9% but >= 99.0%: 10%; less than 99.0% but >= 95.0%: 25%;
    // less than 95.0%: 100%) and S3 Standard-IA with its own table (less than 99.0% but >= 98.0%: 10%, ...), uptime
    // 100% minus the average Error Rate of the five-minute periods (2007 text). Concepts 1, 7.

    private static Agreement storage() {
        LevelCredits infrequent = LevelCredits.tiers(List.of(
                tier(TierBound.inclusive("98.0"), TierBound.exclusive("99.0"), "10"),
                tier(TierBound.inclusive("95.0"), TierBound.exclusive("98.0"), "25"),
                tier(null, TierBound.exclusive("95.0"), "100")));
        return agreement(regime(List.of(
                        tier(TierBound.inclusive("99.0"), TierBound.exclusive("99.9"), "10"),
                        tier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), "25"),
                        tier(null, TierBound.exclusive("95.0"), "100"))),
                service("standard", "2500.00", "USD", new ServiceLevel("24x7", new BigDecimal("99.9"), true)),
                service("standard-ia", "2500.00", "USD", new ServiceLevel("24x7", new BigDecimal("99.0"), true, infrequent)));
    }

    @ParameterizedTest(name = "S3 {0}: {1}: USD {5}")
    @CsvSource({
            // S3-1: July 2026, 8,928 intervals; 12 at 100% and one at 40%: 100 - 1,240/8,928 = 99.861111%: Standard 10%
            "S3-1, standard, 2026-07, 12, 40, 250.00",
            // S3-2: the same errors for Standard-IA are not "less than 99.0%"
            "S3-2, standard-ia, 2026-07, 12, 40, 0.00",
            // S3-4: June, 8,640 intervals; 86 at 100% and one at 40%: 8,640/8,640 % = 1%, exactly 99.0%
            "S3-4, standard, 2026-06, 86, 40, 250.00",
            "S3-4, standard-ia, 2026-06, 86, 40, 0.00",
    })
    void amazonS3TwoStorageClassesTwoTables(String id, String serviceId, String month, int failed, String partial,
                                            BigDecimal dollars) {
        MeasurementRule averaged = new MeasurementRule(MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE, 5, null, null,
                ClockStart.AT_FAILURE, true);
        MeasurementPeriodRange period = MeasurementPeriodRange.calendarMonth(YearMonth.parse(month));
        List<IntervalSample> samples = new ArrayList<>();
        Instant first = period.start().atStartOfDay(UTC).toInstant();
        for (int i = 0; i < failed; i++) {
            samples.add(new IntervalSample(first.plusSeconds(300L * i), new BigDecimal("100")));
        }
        samples.add(new IntervalSample(first.plusSeconds(300L * failed), new BigDecimal(partial)));
        AvailabilityMeasurement m = AvailabilityMeasurement.measureIntervals(AROUND_THE_CLOCK, averaged, UTC, period, samples);
        assertThat(credit(storage(), serviceId, period, m.availabilityPercent())).as(id).isEqualByComparingTo(dollars);
    }

    @Test
    void amazonS3ExactlyNinetyNineIsExact() {
        MeasurementPeriodRange june = MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 6));
        Instant first = june.start().atStartOfDay(UTC).toInstant();
        List<IntervalSample> samples = new ArrayList<>();
        for (int i = 0; i < 86; i++) {
            samples.add(new IntervalSample(first.plusSeconds(300L * i), new BigDecimal("100")));
        }
        samples.add(new IntervalSample(first.plusSeconds(300L * 86), new BigDecimal("40")));
        AvailabilityMeasurement m = AvailabilityMeasurement.measureIntervals(AROUND_THE_CLOCK,
                new MeasurementRule(MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE, 5, null, null, ClockStart.AT_FAILURE, true),
                UTC, june, samples);
        assertThat(m.availabilityPercent()).isEqualByComparingTo("99.0");
    }

    // ---- Google Cloud Filestore SLA: a Downtime Period is "five or more consecutive minutes" of Downtime (Basic), one
    // or more for Enterprise; Cloud Bigtable (99.999%): "99.0% - < 99.999%: 10%". Concepts 4, 3.

    @ParameterizedTest(name = "Google {0}: minimum {1} min: {2} min of downtime")
    @CsvSource({
            // GC-1: outages of 4, 5 and 4 minutes; only the five-minute one is a Downtime Period
            "GC-1, 5, 5",
            // GC-2: Enterprise, one or more consecutive minutes: all 13 count
            "GC-2, 1, 13",
    })
    void googleFilestoreCountsDowntimePeriodsOfFiveOrMoreMinutes(String id, int minimum, long downtimeMinutes) {
        MeasurementPeriodRange june = MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 6));
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, minimum,
                MinimumOutageBound.AT_LEAST, ClockStart.AT_FAILURE, true);
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(AROUND_THE_CLOCK, rule, UTC, june, List.of(
                outage("2026-06-03T10:00", 4), outage("2026-06-10T10:00", 5), outage("2026-06-17T10:00", 4)));
        assertThat(m.downtime().toMinutes()).as(id).isEqualTo(downtimeMinutes);
        assertThat(m.availabilityPercent().round(SIX)).isEqualByComparingTo(
                BigDecimal.valueOf(43_200 - downtimeMinutes).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(43_200), SIX));
    }

    @Test
    void googleFilestoreAnOutageAcrossTheMonthEndIsOneDowntimePeriodSplitBetweenTheMonths() {
        // GC-4, reading A (the draft's): 23:57 to 00:04 is one seven-minute Downtime Period, 3 min in June, 4 in July
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 5, MinimumOutageBound.AT_LEAST,
                ClockStart.AT_FAILURE, true);
        List<Outage> outages = List.of(outage("2026-06-30T23:57", 7));
        List<AvailabilityMeasurement> months = AvailabilityMeasurement.measureEach(AROUND_THE_CLOCK, rule, UTC, List.of(
                MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 6)),
                MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 7))), outages);
        assertThat(months).extracting(m -> m.downtime().toMinutes()).containsExactly(3L, 4L);
    }

    @Test
    void googleBigtableAnyWholeMinuteBreachesFiveNines() {
        // GC-3: 43,199/43,200 = 99.997685% is in "99.0% - < 99.999%": 10% of USD 8,000.00
        Agreement a = agreement(regime(List.of(tier(TierBound.inclusive("99.0"), TierBound.exclusive("99.999"), "10"),
                        tier(TierBound.inclusive("95.0"), TierBound.exclusive("99.0"), "25"), tier(null, TierBound.exclusive("95.0"), "50"))),
                service("bigtable", "8000.00", "USD", new ServiceLevel("24x7", new BigDecimal("99.999"), true)));
        MeasurementPeriodRange june = MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 6));
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(AROUND_THE_CLOCK, MeasurementRule.timeBased(), UTC, june,
                List.of(outage("2026-06-12T08:00", 1)));
        assertThat(credit(a, "bigtable", june, m.availabilityPercent())).isEqualByComparingTo("800.00");
    }

    // ---- Atlassian SLA: a Downtime Minute is a minute whose Error Rate is "greater than 5%"; calendar months measured
    // in UTC; claim within fifteen days after the end of the month. Concepts 7, 5, 9.

    @ParameterizedTest(name = "Atlassian {0}: {1} one-minute intervals at {2}%: {3}%")
    @CsvSource({
            // AT-1: 60 Downtime Minutes of 43,200: 99.861111...%
            "AT-1, 60, 10, 99.86111111",
            // AT-2: 5 failed of 100 is not "greater than 5%"; 6 of 100 is
            "AT-2, 1, 5, 100",
            "AT-2, 1, 6, 99.99768519",
    })
    void atlassianCountsMinutesWithAnErrorRateAboveFivePercent(String id, int minutes, String errorRate, String percent) {
        MeasurementRule perMinute = new MeasurementRule(MeasurementMethod.INTERVAL_SHARE, 1, new BigDecimal("5"), null,
                ClockStart.AT_FAILURE, true);
        MeasurementPeriodRange june = MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 6));
        Instant first = Instant.parse("2026-06-09T12:00:00Z");
        List<IntervalSample> samples = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            samples.add(new IntervalSample(first.plusSeconds(60L * i), new BigDecimal(errorRate)));
        }
        AvailabilityMeasurement m = AvailabilityMeasurement.measureIntervals(AROUND_THE_CLOCK, perMinute, UTC, june, samples);
        assertThat(m.availabilityPercent().setScale(8, java.math.RoundingMode.HALF_UP)).as(id).isEqualByComparingTo(percent);
    }

    @Test
    void atlassianMeasuresMarchInUtcForACustomerInBerlin() {
        // AT-3: the UTC month is 44,640 min whatever Berlin's clocks do; 45 Downtime Minutes: 44,595/44,640 = 99.899193%
        AvailabilityWindow berlin = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", ZoneId.of("Europe/Berlin"));
        MeasurementRule utcMonths = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, null, ClockStart.AT_FAILURE, true);
        MeasurementPeriodRange march = MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 3));
        // AT-4: 2026-03-31 22:30-23:30 UTC is 1 April in Berlin, but March in UTC
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(berlin, utcMonths, ZoneId.of("Europe/Berlin"), march,
                List.of(outage("2026-03-10T09:00", 45)));
        assertThat(m.windowTime().toMinutes()).isEqualTo(44_640);
        assertThat(m.availabilityPercent().setScale(6, java.math.RoundingMode.DOWN)).isEqualByComparingTo("99.899193");
        AvailabilityMeasurement lastHour = AvailabilityMeasurement.measure(berlin, utcMonths, ZoneId.of("Europe/Berlin"), march,
                List.of(outage("2026-03-31T22:30", 60)));
        assertThat(lastHour.downtime().toMinutes()).isEqualTo(60);
        // AT-5: fifteen days after 28 February 2026
        assertThat(ClaimDeadlines.lastDayToClaim(new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_PERIOD_END, 15),
                MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 2)))).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    // ---- GitHub Enterprise Cloud: Uptime "based on the percentage of successful requests", 99.95% a quarter; a
    // written request within 30 days of the end of the quarter. Concepts 7, 5, 9.

    @Test
    void gitHubMeasuresUptimeBySuccessfulRequests() {
        // GH-4: 999,520,000 of 1,000,000,000 requests succeeded: exactly 99.952%, which meets 99.95%
        RequestTotals q1 = new RequestTotals(1_000_000_000L, 999_520_000L);
        assertThat(q1.availabilityPercent()).isEqualByComparingTo("99.952");
        assertThat(q1.availabilityPercent()).isGreaterThanOrEqualTo(new BigDecimal("99.95"));
        // GH-5: 30 days after 31 March 2026
        assertThat(ClaimDeadlines.lastDayToClaim(new ClaimDeadline(ClaimDeadlineRule.DAYS_AFTER_PERIOD_END, 30),
                MeasurementPeriodRange.quarter(2026, 1))).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    // ---- Slack SLA (2024): 99.99% Uptime in each calendar quarter. Concept 5.

    @ParameterizedTest(name = "Slack Q1 2026, {0} min down: {1}%")
    @CsvSource({
            // SL-2: 129,588/129,600 = 99.990740% meets 99.99% (which allows 12.96 min)
            "12, 99.990740",
            // SL-1: 129,587/129,600 = 99.989969%
            "13, 99.989969",
    })
    void slackMeasuresACalendarQuarter(long minutes, String percent) {
        MeasurementPeriodRange q1 = MeasurementPeriodRange.quarter(2026, 1);
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(AROUND_THE_CLOCK, MeasurementRule.timeBased(), UTC, q1,
                List.of(outage("2026-02-10T10:00", minutes)));
        assertThat(m.windowTime().toMinutes()).isEqualTo(129_600);
        assertThat(m.availabilityPercent().setScale(6, java.math.RoundingMode.DOWN)).isEqualByComparingTo(percent);
    }

    // ---- Cloudflare R2 SLA: 100% minus the average Error Rate of the 5-minute intervals "in a thirty (30) day
    // period"; SLO 99.9%. Concepts 5, 7.

    @ParameterizedTest(name = "Cloudflare {0}: {1}")
    @CsvSource({
            // CF-2: 8 intervals at 100% and one at 64% of 8,640: 864/8,640 % = exactly 0.1%: exactly 99.9%, the SLO met
            "CF-2, 64, 30-day, 99.900000",
            // CF-3: one at 70%: 870/8,640 % in the 30-day period: 99.899305% (breach) ...
            "CF-3, 70, 30-day, 99.899305",
            // ... and over calendar July (8,928 intervals): 870/8,928 %: 99.902553% (met)
            "CF-3, 70, calendar, 99.902553",
    })
    void cloudflareR2MeasuresThirtyDayPeriods(String id, String partial, String reading, String percent) {
        MeasurementPeriodRange period = reading.equals("30-day")
                ? MeasurementPeriodRange.fixedThirtyDayMonth(LocalDate.of(2026, 7, 1))
                : MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 7));
        Instant first = Instant.parse("2026-07-01T00:00:00Z");
        List<IntervalSample> samples = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            samples.add(new IntervalSample(first.plusSeconds(300L * i), new BigDecimal("100")));
        }
        samples.add(new IntervalSample(first.plusSeconds(300L * 8), new BigDecimal(partial)));
        AvailabilityMeasurement m = AvailabilityMeasurement.measureIntervals(AROUND_THE_CLOCK,
                new MeasurementRule(MeasurementMethod.INTERVAL_AVERAGE_ERROR_RATE, 5, null, null, ClockStart.AT_FAILURE, true),
                UTC, period, samples);
        assertThat(m.availabilityPercent().setScale(6, java.math.RoundingMode.DOWN)).as(id).isEqualByComparingTo(percent);
    }

    // ---- DigitalOcean: Droplet Unavailability when requests fail "for more than 5 minutes"; App Platform 99.95%
    // "less than 99.95% but >= 99.0%: 10%", claims by the end of the second billing cycle after. Concepts 4, 2, 9.

    @ParameterizedTest(name = "DigitalOcean DO-2/3: an outage of {0} min: {1} min of downtime")
    @CsvSource({"5, 0", "6, 6"})
    void digitalOceanCountsOnlyOutagesOfMoreThanFiveMinutes(long minutes, long counted) {
        MeasurementRule moreThanFive = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, 5,
                MinimumOutageBound.MORE_THAN, ClockStart.AT_FAILURE, true);
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(AROUND_THE_CLOCK, moreThanFive, UTC,
                MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 6)), List.of(outage("2026-06-15T10:00", minutes)));
        assertThat(m.downtime().toMinutes()).isEqualTo(counted);
    }

    @ParameterizedTest(name = "DigitalOcean DO-5: {0} min: USD {1}")
    @CsvSource({
            // 43,179/43,200 = 99.951388% meets 99.95; 43,178/43,200 = 99.949074%: 10% of USD 120.00
            "21, 0.00",
            "22, 12.00",
    })
    void digitalOceanAppPlatformUnderTheTableDrawnAtItsTarget(long minutes, BigDecimal dollars) {
        Agreement a = agreement(BELOW_COMMITMENT,
                service("app", "120.00", "USD", new ServiceLevel("24x7", new BigDecimal("99.95"), true)));
        MeasurementPeriodRange june = MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 6));
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(AROUND_THE_CLOCK, MeasurementRule.timeBased(), UTC, june,
                List.of(outage("2026-06-15T10:00", minutes)));
        assertThat(credit(a, "app", june, m.availabilityPercent())).isEqualByComparingTo(dollars);
        // reading A: the second billing cycle after June ends on 31 August
        assertThat(ClaimDeadlines.lastDayToClaim(new ClaimDeadline(ClaimDeadlineRule.END_OF_NTH_FOLLOWING_BILLING_CYCLE, 2),
                june)).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    // ---- SAP Cloud Services SLA: System Availability 99.5% a month; the month's minutes in local time. Concept 5 and
    // the daylight saving change.

    @ParameterizedTest(name = "SAP-2: March 2026, 223 min, periods in {0}: {1}%")
    @CsvSource({
            // Berlin's March has 44,580 min: 44,357/44,580 = 99.499775%, a breach of 99.5%
            "Europe/Berlin, 99.499775",
            // cut in UTC, 44,640 min: 44,417/44,640 = 99.500448%, met
            "UTC, 99.500448",
    })
    void sapTheDaylightSavingMonthDecidesTheBreach(String cut, String percent) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        AvailabilityWindow window = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", berlin);
        MeasurementRule rule = new MeasurementRule(MeasurementMethod.TIME_BASED, null, null, null, ClockStart.AT_FAILURE,
                cut.equals("UTC"));
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(window, rule, berlin,
                MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 3)), List.of(outage("2026-03-12T09:00", 223)));
        assertThat(m.availabilityPercent().setScale(6, java.math.RoundingMode.DOWN)).isEqualByComparingTo(percent);
    }

    // ---- State of North Carolina ITS, Global Service Levels: 24x7 less maintenance windows Thursday 04:00-07:00 and
    // Sunday 04:00-12:00; Orange County NC counts planned downtime against availability. Concept 6 (a 99.5% target
    // is assumed for illustration, as in the worked cases).

    @ParameterizedTest(name = "NC-2: maintenance {0}: {1}/{2}")
    @CsvSource({
            // windows take 4 x 180 + 4 x 480 = 2,640 min of June: 40,350/40,560 = 99.482248% (breach)
            "EXCLUDED_FROM_MEASURED_TIME, 40350, 40560",
            // counted as available time: 42,990/43,200 = 99.513888% (met)
            "COUNTED_AS_AVAILABLE, 42990, 43200",
    })
    void northCarolinaMaintenanceConventionDecides(MaintenanceConvention convention, long up, long measured) {
        ZoneId eastern = ZoneId.of("America/New_York");
        AvailabilityWindow window = AvailabilityWindow.twentyFourSeven("24x7", "Around the clock", eastern);
        window = new AvailabilityWindow(window.id(), window.name(), eastern, window.hours(), List.of(), List.of(
                new MaintenanceWindow("Thursday", EnumSet.of(DayOfWeek.THURSDAY), LocalTime.of(4, 0), LocalTime.of(7, 0), 0),
                new MaintenanceWindow("Sunday", EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(4, 0), LocalTime.of(12, 0), 0)),
                new MaintenanceRules(convention, null, null));
        Instant tuesday = ZonedDateTime.of(LocalDateTime.parse("2026-06-02T10:00"), eastern).toInstant();
        AvailabilityMeasurement m = AvailabilityMeasurement.measure(window, MeasurementRule.timeBased(), eastern,
                MeasurementPeriodRange.calendarMonth(YearMonth.of(2026, 6)), List.of(Outage.unplanned(tuesday, tuesday.plusSeconds(210 * 60))));
        assertThat(m.windowTime().toMinutes()).isEqualTo(measured);
        assertThat(m.availabilityPercent().round(SIX)).isEqualByComparingTo(BigDecimal.valueOf(up * 100).divide(BigDecimal.valueOf(measured), SIX));
    }

    // ---- UCSF Data Center SLA: P2 during business hours (Monday-Friday 07:00-18:00); after hours, "the next business
    // day". Concept 9: a ticket raised after hours counts as received at the next opening and is answered that day.

    @Test
    void ucsfAnAfterHoursTicketIsAnsweredOnTheNextBusinessDay() {
        ZoneId pacific = ZoneId.of("America/Los_Angeles");
        AvailabilityWindow hours = Windows.of("Mon-Fri 07:00-18:00", "America/Los_Angeles");
        Metric p2 = new Metric("response", "Initial response", MetricKind.RESPONSE_TIME, null, null, null, null,
                List.of(new PriorityTarget(Priority.P2, null, null, BusinessDayDeadline.END_OF_SAME_BUSINESS_DAY)),
                hours.id(), null, null, null, null, null);
        Agreement a = Agreement.blank().withWindows(List.of(hours)).withMetrics(List.of(p2));
        // UNI-1: Friday 29 May 2026 18:30, after closing: received Monday 1 June 07:00, due at its close, 18:00
        Instant friday = ZonedDateTime.of(2026, 5, 29, 18, 30, 0, 0, pacific).toInstant();
        assertThat(ResponseDeadline.of(a, p2, Priority.P2, friday).dueLocal())
                .isEqualTo(ZonedDateTime.of(2026, 6, 1, 18, 0, 0, 0, pacific));
    }

    private static Outage outage(String startUtc, long minutes) {
        Instant start = LocalDateTime.parse(startUtc).toInstant(ZoneOffset.UTC);
        return Outage.unplanned(start, start.plusSeconds(minutes * 60));
    }

    private static BigDecimal credit(Agreement a, String serviceId, MeasurementPeriodRange period, BigDecimal availability) {
        Service s = a.service(serviceId).orElseThrow();
        return CreditCalculation.calculate(CreditCase.of(a, s, s.levels().get(0), period, availability)).credit().amount();
    }

    private static CreditTier tier(TierBound lower, TierBound upper, String percent) {
        return new CreditTier(lower, upper, new BigDecimal(percent), null);
    }

    private static CreditRegime regime(List<CreditTier> tiers) {
        return new CreditRegime(tiers, FeeBasis.AFFECTED_SERVICE, null, null, null, null, null, null, true);
    }

    private static Service service(String id, String fee, String currency, ServiceLevel level) {
        return new Service(id, id, "", "provider", "customer", Money.of(fee, currency), BigDecimal.ONE, null, List.of(level),
                MeasurementRule.timeBased());
    }

    private static Agreement agreement(CreditRegime regime, Service... services) {
        return Agreement.blank().withOverview(Overview.blank()).withServices(List.of(services))
                .withWindows(List.of(AROUND_THE_CLOCK)).withCreditRegime(regime);
    }
}
