package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code credit --from --to}: the example's Kubernetes platform (EUR 18,500 a month, 99.95% in a 24x7 window without
 * its Sunday 02:00-04:00 maintenance; 10% below 99.95%, earn-back over three periods at the target, claims within 30
 * days of the month's end), worked out month by month and checked by hand.
 */
class CreditHistoryCommandTest {
    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");

    @TempDir
    Path dir;

    private Path outages() throws Exception {
        Path csv = dir.resolve("year.csv");
        Files.writeString(csv, """
                start,end,service
                2026-01-10T10:00Z,2026-01-10T12:00Z,kubernetes
                2026-02-03T09:00Z,2026-02-03T09:40Z,kubernetes
                2026-03-05T01:00Z,2026-03-05T07:00Z,kubernetes
                """);
        return csv;
    }

    @Test
    void eachMonthIsWorkedOutWithTheOnesAfterItDecidingEarnBackAndDeadlinesReadOnTheDayGiven() throws Exception {
        CommandRun run = CommandRun.of("credit", EXAMPLE.toString(), "--service", "kubernetes", "--from", "2026-01",
                "--to", "2026-03", "--outages", outages().toString(), "--as-of", "2026-04-20", "--format", "csv");

        assertThat(run.status()).as(run.err()).isZero();
        // January: 120 min down, 10% = EUR 1,850, not earned back as February is below 99.95%; its claim closed on
        // 2 March. February: 40 min, the same, closed on 30 March. March: 360 min; April has not been measured, so
        // its earn-back waits, and its claim is open until 30 April.
        assertThat(run.out().lines().skip(1)).containsExactly(
                "2026-01,2026-01-01,2026-01-31,kubernetes,24x7,99.95,99.728261,120,1,1850.00,EUR,lost,2026-03-02,true",
                "2026-02,2026-02-01,2026-02-28,kubernetes,24x7,99.95,99.899598,40,1,1850.00,EUR,lost,2026-03-30,true",
                "2026-03,2026-03-01,2026-03-31,kubernetes,24x7,99.95,99.181446,360,1,1850.00,EUR,pending,2026-04-30,false");
    }

    @Test
    void periodsNotOverOnTheDayAreLeftOutAndSaidSo() throws Exception {
        CommandRun run = CommandRun.of("credit", EXAMPLE.toString(), "--service", "kubernetes", "--from", "2026-01",
                "--to", "2026-12", "--outages", outages().toString(), "--as-of", "2026-04-20");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("credit: warning: 2026-04 to 2026-12 are not over on 2026-04-20: left out");
        assertThat(run.out()).contains("Service credits, 2026-01 to 2026-03, read on 2026-04-20")
                .contains("Owed in the range: EUR 5,550.00, of which EUR 1,850.00 may yet be earned back; 1 claim still open");
    }

    @Test
    void threeCleanMonthsEarnTheCreditBack() throws Exception {
        CommandRun run = CommandRun.of("credit", EXAMPLE.toString(), "--service", "kubernetes", "--from", "2026-03",
                "--to", "2026-06", "--outages", outages().toString(), "--as-of", "2026-07-01", "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode march = JsonMapper.builder().build().readTree(run.out()).get("levels").get(0).get("periods").get(0);
        assertThat(march.get("earnBack").asString()).isEqualTo("earned-back");
        assertThat(march.get("credit").decimalValue()).isEqualByComparingTo("0");
        assertThat(march.get("steps").toString()).contains("earned back: each of the 3 following periods reached at least 99.95%");
    }

    @Test
    void everyServiceWhenNoneIsNamedAndOneMeasuredOtherwiseIsLeftOutByName() throws Exception {
        CommandRun run = CommandRun.of("credit", EXAMPLE.toString(), "--from", "2026-01", "--to", "2026-02",
                "--outages", outages().toString(), "--as-of", "2026-06-01");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("object-storage is measured by intervals and " + dir.resolve("year.csv")
                + " does not have its columns (\"error_rate_percent\"): it is left out");
        assertThat(run.out()).contains("Managed Kubernetes Platform (kubernetes), 24x7, target 99.95%")
                .contains("Customer Portal (customer-portal), Business hours, target 99.5%, reported only");
    }

    @Test
    void aRangeThatEndsBeforeItBeginsIsNamed() throws Exception {
        CommandRun run = CommandRun.of("credit", EXAMPLE.toString(), "--from", "2026-05", "--to", "2026-02",
                "--outages", outages().toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("credit: the range ends (2026-02) before it begins (2026-05); give --from the earlier period\n");
    }

    @Test
    void halfARangeOrAPeriodWithARangeIsRefused() throws Exception {
        CommandRun half = CommandRun.of("credit", EXAMPLE.toString(), "--from", "2026-01", "--outages", outages().toString());
        CommandRun both = CommandRun.of("credit", EXAMPLE.toString(), "--period", "2026-01", "--from", "2026-01", "--to",
                "2026-02", "--outages", outages().toString());
        CommandRun neither = CommandRun.of("credit", EXAMPLE.toString(), "--outages", outages().toString());

        assertThat(half.status()).isEqualTo(2);
        assertThat(half.err()).startsWith("credit: --from needs --to");
        assertThat(both.err()).startsWith("credit: give either --period for one period, or a range");
        assertThat(neither.err()).startsWith("credit: give --service ID and --period PERIOD, or a range with --from and --to");
    }

    @Test
    void theWholeTermUpToTheDay() throws Exception {
        CommandRun run = CommandRun.of("credit", EXAMPLE.toString(), "--service", "kubernetes", "--term",
                "--outages", outages().toString(), "--as-of", "2026-03-15", "--format", "csv");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(1).map(l -> l.substring(0, 7))).containsExactly("2026-01", "2026-02");
        assertThat(run.err()).contains("2026-03 is not over on 2026-03-15: left out");
    }
}
