package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example's Kubernetes platform (99.95% around the clock, tier 1 below 99.95% pays 10% of EUR 18,500.00) measured
 * by request counts instead of time: successful divided by valid requests, from a CSV or from two numbers.
 */
class CreditByRequestCountsTest {

    @TempDir
    Path dir;

    private Path draft() throws IOException {
        Agreement example = DraftStore.load(Path.of("templates/example-cloud-hosting.sla.json")).draft().agreement();
        // The example's definitions state the 5-minute minimum, so it stays; the review warns that it has no effect.
        MeasurementRule counts = new MeasurementRule(MeasurementMethod.REQUEST_COUNTS, null, null, 5, ClockStart.AT_FAILURE, false);
        Path file = dir.resolve("counts.sla.json");
        DraftStore.save(file, Draft.of(example.withServices(example.services().stream().map(s -> !s.id().equals("kubernetes")
                ? s : new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                s.businessImportance(), s.downtimeCostPerHour(), s.levels(), counts)).toList())));
        return file;
    }

    private Path csv(String... lines) throws IOException {
        Path file = dir.resolve("requests.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private CommandRun credit(String... more) throws IOException {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"credit", draft().toString(), "--service", "kubernetes", "--period", "2026-02"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CommandRun.of(args);
    }

    @ParameterizedTest(name = "{1} of {0} successful: {2}, credit {3}")
    @CsvSource(delimiter = '|', value = {
            // 1 in 2,000 failed: exactly the target
            "2000000 | 1999000 | 99.95%     | EUR 0.00",
            // one more failure: below it, tier 1
            "2000000 | 1998999 | 99.94995%  | EUR 1,850.00",
            "0       | 0       | 100%       | EUR 0.00",
    })
    void theTotalsOfThePeriodAreGivenAsTwoNumbers(long total, long successful, String availability, String credit) throws IOException {
        CommandRun run = credit("--requests", Long.toString(total), "--successful", Long.toString(successful));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Requests:      " + total + " valid, " + successful + " successful, " + (total - successful) + " failed")
                .contains("Availability:  " + availability).contains("Credit due:    " + credit);
        if (total == 0) {
            assertThat(run.out()).contains("(no requests: 100% available)");
        }
    }

    /**
     * Rows count where they start in the window: the one at 02:30 on Sunday 8 February falls in the maintenance window
     * (02:00-04:00) and the one in March outside the period; 1,999,000 of 2,000,000 is exactly 99.95%.
     */
    @Test
    void rowsOfACsvAreAddedUpInTheWindowAndThePeriod() throws IOException {
        Path rows = csv("service,start,total,successful",
                "kubernetes,2026-02-03T09:00,1500000,1499500",
                "kubernetes,2026-02-20T00:00,500000,499500",
                "kubernetes,2026-02-08T02:30,1000,0",
                "kubernetes,2026-03-01T00:00,1000,0",
                "customer-portal,2026-02-03T09:00,1000,0");

        CommandRun run = credit("--outages", rows.toString(), "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode level = JsonMapper.builder().build().readTree(run.out()).get("levels").get(0);
        assertThat(level.get("requests").get("total").asLong()).isEqualTo(2_000_000);
        assertThat(level.get("requests").get("successful").asLong()).isEqualTo(1_999_000);
        assertThat(level.get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.95");
        assertThat(level.get("credit").get("credit").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void everyUnreadableRowIsNamedByItsLine() throws IOException {
        Path rows = csv("start,total,successful",
                "2026-02-03T09:00,100,101",
                "2026-02-03T09:05,-1,0",
                "2026-02-03T09:10,many,0",
                "2026-02-03T09:15,100,",
                "2026-02-03T09:20,100,99");

        CommandRun run = credit("--outages", rows.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "credit: " + rows + " line 2: successful 101 is more than total 100; the successful requests are some of the valid ones",
                "credit: " + rows + " line 3: total -1 is negative; give the number of valid requests",
                "credit: " + rows + " line 4: total \"many\" is not a whole number of requests; write e.g. 1200",
                "credit: " + rows + " line 5: successful is empty; write the number of requests, e.g. 1200");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aHeaderWithoutTheCountsSaysWhatItNeeds() throws IOException {
        CommandRun run = credit("--outages", csv("start,end", "2026-02-03T09:00,2026-02-03T10:00").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no column \"total\"").contains("\"start,total,successful\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--requests 10 --successful 11            | --requests 10 --successful 11: successful 11 is more than total 10",
            "--requests 10                            | --requests needs --successful",
            "--successful 10                          | --successful needs --requests",
            "                                         | give the request counts: --outages with start,total,successful rows, or --requests TOTAL --successful N",
            "--requests 10 --successful 9 --outages x | either as --outages CSV or as --requests and --successful, not both",
            "--requests ten --successful 9            | --requests",
    })
    void countsGivenWronglyAreAMessageAndStatusTwo(String args, String message) throws IOException {
        CommandRun run = credit(args == null ? new String[0] : args.trim().split(" +"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }

    @Test
    void countsAreOnlyForAServiceMeasuredByThem() throws IOException {
        CommandRun run = CommandRun.of("credit", draft().toString(), "--service", "customer-portal", "--period", "2026-02",
                "--requests", "10", "--successful", "10");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("service customer-portal is measured by time; --requests and --successful are for a service"
                + " measured by request counts");
    }
}
