package org.slastudio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.slastudio.monitoring.Samples.down;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonitoringRecordsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "statuspage-incidents.json, STATUSPAGE",
            "statuspage-malformed.json, STATUSPAGE",
            "prometheus-up.json, PROMETHEUS",
            "prometheus-malformed.json, PROMETHEUS",
            "uptime-events.csv, UPTIME",
            "uptime-malformed.csv, UPTIME",
    })
    void theFormatOfASampleIsToldFromTheFile(String sample, SourceFormat format) throws IOException {
        assertThat(SourceFormat.detect(Samples.resource(sample))).isEqualTo(format);
    }

    @Test
    void ourOwnCsvIsTheFormatWhereNothingElseIsPlain() throws IOException {
        Path ours = Samples.write(dir, "outages.csv", "service,start,end\nkubernetes,2026-02-03T09:00Z,2026-02-03T10:00Z\n");
        Path headerless = Samples.write(dir, "records.txt", "2026-02-03T09:00Z,2026-02-03T10:00Z\n");
        Path unsure = Samples.write(dir, "export.json", "{\"items\": []}\n");

        assertThat(SourceFormat.detect(ours)).isEqualTo(SourceFormat.CSV);
        assertThat(SourceFormat.detect(headerless)).isEqualTo(SourceFormat.CSV);
        assertThat(SourceFormat.detect(unsure)).isNull();
        assertThat(MonitoringRecords.read(unsure, null, null, Samples.everyService()).errors()).containsExactly(unsure
                + ": this JSON file could be a status page export or a Prometheus response; say which with"
                + " --records-format statuspage or --records-format prometheus");
    }

    @Test
    void ourCsvReadForEveryServiceGivesEachItsRows() throws IOException {
        Path csv = Samples.write(dir, "outages.csv", """
                service,start,end
                kubernetes,2026-02-03T09:00Z,2026-02-03T10:00Z
                customer-portal,2026-02-04T09:00,2026-02-04T17:00
                kubernetes,2026-02-05T09:00Z,2026-02-05T09:30Z
                """);

        Reading reading = MonitoringRecords.read(csv, null, null, Samples.everyService());

        assertThat(reading.forService("kubernetes").outages()).containsExactly(
                down("2026-02-03T09:00:00Z", "2026-02-03T10:00:00Z"), down("2026-02-05T09:00:00Z", "2026-02-05T09:30:00Z"));
        assertThat(reading.forService("customer-portal").outages()).containsExactly(down("2026-02-04T09:00:00Z", "2026-02-04T17:00:00Z"));
        Path noService = Samples.write(dir, "plain.csv", "start,end\n2026-02-03T09:00Z,2026-02-03T10:00Z\n");
        Reading plain = MonitoringRecords.read(noService, null, null, Samples.everyService());
        assertThat(plain.errors()).isEmpty();
        assertThat(plain.forService("object-storage").outages()).as("a row naming no service is every service's")
                .containsExactly(down("2026-02-03T09:00:00Z", "2026-02-03T10:00:00Z"));
    }

    @Test
    void everythingWrongInAMapFileIsNamedByItsPath() throws IOException {
        Path map = Samples.write(dir, "map.json", """
                {"components": {"Kubernetes API": "kubernetess", "Object Storage": 5},
                 "series": {"job=api": "kubernetes", "job=\\"storage\\"": {"service": "object-storage", "kind": "ratio"}},
                 "timeZone": "Europe/Londn",
                 "impacts": ["major", "severe"],
                 "compnents": {}}
                """);

        Reading reading = MonitoringRecords.read(Samples.resource("statuspage-incidents.json"), null, map,
                Samples.everyService());

        assertThat(reading.errors()).containsExactly(
                map + " $.compnents: the map has no field \"compnents\"; its fields are components, checks, series,"
                        + " timeZone and impacts",
                map + " $.components[\"Kubernetes API\"]: \"kubernetess\" is not a service of the draft; its services are:"
                        + " kubernetes, object-storage, customer-portal",
                map + " $.components[\"Object Storage\"]: expected a service id such as \"kubernetes\" (or a list of them),"
                        + " found the number 5",
                map + " $.series[\"job=api\"]: \"job=api\" is not a series selector; write labels as Prometheus shows them,"
                        + " e.g. job=\"api\" or up{job=\"api\",instance=\"10.0.0.5:9100\"}",
                map + " $.series[\"job=\\\"storage\\\"\"].kind: expected \"up\" (1 up, 0 down per step) or \"errorRatio\""
                        + " (failed share of requests, 0 to 1), found the text \"ratio\"",
                map + " $.timeZone: expected a time zone such as \"Europe/London\" or \"UTC\", found the text"
                        + " \"Europe/Londn\"",
                map + " $.impacts[1]: expected one of the status page's impacts none, minor, major, critical; found the"
                        + " text \"severe\"");
    }

    @Test
    void aMissingMapFileIsNamedAndAMapBesideOurCsvIsSaidToBeUnused() throws IOException {
        Path csv = Samples.write(dir, "outages.csv", "start,end\n2026-02-03T09:00Z,2026-02-03T10:00Z\n");
        Path none = dir.resolve("none.json");

        Records missing = MonitoringRecords.forService(csv, null, none, Samples.service("kubernetes", RecordKind.OUTAGES, null));
        Records unused = MonitoringRecords.forService(csv, null, Samples.MAP, Samples.service("kubernetes", RecordKind.OUTAGES, null));

        assertThat(missing.errors()).containsExactly("there is no map file " + none + "; give the file that maps"
                + " components, checks and series to services with --map (see docs/monitoring.md)");
        assertThat(unused.outages()).containsExactly(down("2026-02-03T09:00:00Z", "2026-02-03T10:00:00Z"));
        assertThat(unused.warnings()).containsExactly(Samples.MAP + ": not used, as SLA Studio's own CSV names each row's"
                + " service in its service column");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "job=\"api\"                               | {job=api}",
            "{job=\"api\", instance=\"10.0.0.5:9100\"} | {job=api, instance=10.0.0.5:9100}",
            "up{job=\"api\"}                           | {__name__=up, job=api}",
            "up                                        | {__name__=up}",
            "job=\"a \\\"quoted\\\" name\"             | {job=a \"quoted\" name}",
    })
    void aSeriesSelectorIsTheLabelsItNames(String selector, String labels) {
        assertThat(SeriesSelector.parse(selector.trim())).hasToString(labels.trim());
    }
}
