package org.slastudio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.monitoring.Samples.down;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.engine.IntervalSample;

/** Range queries at a 300 s step; a value at t describes the step that ends at t. */
class PrometheusJsonTest {

    private static final Path UP = Samples.resource("prometheus-up.json");
    private static final Path RATIO = Samples.resource("prometheus-error-ratio.json");

    @TempDir
    Path dir;

    @Test
    void eachRunOfZerosInAnUpSeriesIsOneOutage() throws IOException {
        Reading reading = MonitoringRecords.read(UP, SourceFormat.PROMETHEUS, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).isEmpty();
        // 0 from the value at 13:45 to the one at 15:05: the steps from 13:40 to 15:05, 85 minutes
        assertThat(reading.forService("kubernetes").outages()).containsExactly(down("2026-02-10T13:40:00Z", "2026-02-10T15:05:00Z"));
        assertThat(reading.forService("customer-portal").outages()).containsExactly(down("2026-02-10T13:55:00Z", "2026-02-10T14:05:00Z"));
        assertThat(reading.warnings()).containsExactly(UP + " $.data.result[0].values[30]: series up{instance=\"10.0.0.5:9100\","
                + " job=\"k8s-api\"} has no values for 2 steps, from 2026-02-10T15:25:00Z to 2026-02-10T15:35:00Z; that time is"
                + " not counted as down (no sample is not a 0)");
    }

    @Test
    void anErrorRatioIsAnIntervalSampleOfItsStepInPercent() throws IOException {
        Records records = MonitoringRecords.forService(RATIO, SourceFormat.PROMETHEUS, Samples.MAP,
                Samples.service("object-storage", RecordKind.INTERVALS, 5));

        assertThat(records.errors()).isEmpty();
        assertThat(records.samples()).usingElementComparator((a, b) -> a.start().equals(b.start())
                && a.errorRatePercent().compareTo(b.errorRatePercent()) == 0 ? 0 : 1).containsExactly(
                sample("2026-02-03T09:00:00Z", "5"),
                sample("2026-02-03T09:05:00Z", "5.1"),
                sample("2026-02-03T09:10:00Z", "7"),
                sample("2026-02-03T09:15:00Z", "0"),
                // 09:20 was NaN (no requests), 09:25 has no value: both error-free
                sample("2026-02-03T09:30:00Z", "50"),
                sample("2026-02-03T09:35:00Z", "100"));
        assertThat(records.warnings()).containsExactly(
                RATIO + " $.data.result[1]: series {job=\"cdn\"} maps to no service of the draft; add its labels under"
                        + " \"series\" in the map file if the agreement covers it",
                RATIO + " $.data.result[0].values[5]: series {job=\"storage\"} has no values for 1 step, from"
                        + " 2026-02-03T09:25:00Z to 2026-02-03T09:30:00Z; counted as error-free, as an interval without a"
                        + " value is",
                RATIO + " $.data.result[0]: series {job=\"storage\"} has no value (NaN) for 1 step, as a ratio of no"
                        + " requests is; counted as error-free");
    }

    @Test
    void everyBadValueIsNamedByItsJsonPath() throws IOException {
        Path bad = Samples.resource("prometheus-malformed.json");

        Reading reading = MonitoringRecords.read(bad, SourceFormat.PROMETHEUS, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).containsExactly(
                bad + " $.data.result[0].values[1][1]: \"abc\" is not a number; expected a value such as \"0.0125\" or \"1\"",
                bad + " $.data.result[0].values[2][0]: expected the time in Unix seconds, such as 1770109200, found the"
                        + " text \"2026-02-10T13:10:00Z\"",
                bad + " $.data.result[1].values: expected a list of [time, \"value\"] pairs such as [[1770109200, \"1\"],"
                        + " [1770109500, \"0\"]], found an object { ... }",
                bad + " $.data.result[2].values[0][1]: expected the value as a text such as \"0.0125\", found true");
    }

    @Test
    void valuesThatCannotBeWhatTheSeriesSaysAreNamed() throws IOException {
        Path file = Samples.write(dir, "up.json", """
                {"status": "success", "data": {"resultType": "matrix", "result": [
                  {"metric": {"__name__": "up", "job": "k8s-api"},
                   "values": [[1770728400, "1"], [1770728700, "0.5"], [1770728700, "1"]]}]}}
                """);

        Reading reading = MonitoringRecords.read(file, SourceFormat.PROMETHEUS, Samples.MAP, Samples.everyService());

        assertThat(reading.errors()).containsExactly(
                file + " $.data.result[0].values[2][0]: 1770728700 is not after the time before it (1770728700); a range"
                        + " query lists each time once, in order");
        Path ratio = Samples.write(dir, "ratio.json", """
                {"status": "success", "data": {"resultType": "matrix", "result": [
                  {"metric": {"__name__": "up", "job": "k8s-api"}, "values": [[1770728400, "1"], [1770728700, "0.5"]]},
                  {"metric": {"job": "storage"}, "values": [[1770728400, "1.5"], [1770728700, "0"]]}]}}
                """);
        assertThat(MonitoringRecords.read(ratio, SourceFormat.PROMETHEUS, Samples.MAP, Samples.everyService()).errors())
                .containsExactly(
                        ratio + " $.data.result[0].values[1][1]: up value 0.5 is neither 0 nor 1; query up itself, or min"
                                + " by (job) (up) for several instances",
                        ratio + " $.data.result[1].values[0][1]: error ratio 1.5 is not between 0 and 1; the series should"
                                + " be failed requests divided by all requests, e.g. \"0.0125\" for 1.25%");
    }

    @Test
    void theStepMustBeTheServicesIntervalAndOneSeriesMustBeOneService() throws IOException {
        Path minutely = Samples.write(dir, "ratio.json", """
                {"status": "success", "data": {"resultType": "matrix", "result": [
                  {"metric": {"job": "storage", "region": "eu-west"}, "values": [[1770728400, "0"], [1770728460, "0"]]},
                  {"metric": {"job": "storage", "region": "eu-east"}, "values": [[1770728400, "0"], [1770728460, "0"]]}]}}
                """);

        Reading reading = MonitoringRecords.read(minutely, SourceFormat.PROMETHEUS, Samples.MAP,
                Samples.service("object-storage", RecordKind.INTERVALS, 5));

        assertThat(reading.errors()).containsExactly(
                minutely + " $.data.result[1]: series {job=\"storage\", region=\"eu-east\"} and {job=\"storage\","
                        + " region=\"eu-west\"} ($.data.result[0]) both map to service object-storage; a service needs one"
                        + " series, so aggregate them in the query, e.g. min by (job) (up), or sum of failed over sum of all"
                        + " requests",
                minutely + " $.data.result: the values are 60 s apart, but service object-storage is measured in 5-minute"
                        + " intervals; run the query with step=300 (5m), so that each value is one interval");
    }

    @Test
    void aFailedQueryOrAnInstantQueryIsNotReadAsData() throws IOException {
        Path failed = Samples.write(dir, "failed.json", """
                {"status": "error", "errorType": "bad_data", "error": "invalid parameter \\"query\\": 1:4: parse error"}
                """);
        Path instant = Samples.write(dir, "instant.json", """
                {"status": "success", "data": {"resultType": "vector", "result": [
                  {"metric": {"job": "k8s-api"}, "value": [1770728400, "1"]}]}}
                """);

        assertThat(MonitoringRecords.read(failed, null, Samples.MAP, Samples.everyService()).errors()).containsExactly(
                failed + " $.status: the query failed (error, bad_data: invalid parameter \"query\": 1:4: parse error); run"
                        + " it again and save the response whose status is \"success\"");
        assertThat(MonitoringRecords.read(instant, null, Samples.MAP, Samples.everyService()).errors()).contains(
                instant + " $.data.resultType: \"vector\" is not a range of values per series but one value each, as an"
                        + " instant query (/api/v1/query) returns; export the query with /api/v1/query_range, whose result"
                        + " is a \"matrix\"");
    }

    @Test
    void anUpSeriesForAServiceMeasuredByIntervalsIsRefusedWithWhatToDo() throws IOException {
        Records records = MonitoringRecords.forService(UP, SourceFormat.PROMETHEUS, Samples.MAP,
                Samples.service("customer-portal", RecordKind.INTERVALS, 5));

        assertThat(records.errors()).containsExactly(UP + " $.data.result[1]: series up{instance=\"10.0.0.9:9100\","
                + " job=\"portal\"} is an up series (1 up, 0 down), which gives outages, but service customer-portal is"
                + " measured by intervals and needs per-interval error rates; give the other kind of series, or set \"kind\""
                + " for it in the map file if it is an error ratio");
    }

    private static IntervalSample sample(String start, String percent) {
        return new IntervalSample(Instant.parse(start), new BigDecimal(percent));
    }
}
