package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claim}: the example's customer claims from its provider the Service Credits of the first quarter still open
 * on the day of the letter. January's credit (EUR 1,850, to be claimed by 2 March) and February's (by 30 March) have
 * passed by 2 April; March's (six and a half hours down, EUR 1,850, by 30 April) is open and waits on its earn-back.
 */
class ClaimCommandTest {
    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");

    @TempDir
    Path dir;

    private Path outages() throws IOException {
        Path csv = dir.resolve("outages.csv");
        Files.writeString(csv, """
                start,end,service
                2026-01-10T10:00Z,2026-01-10T12:00Z,kubernetes
                2026-02-03T09:00Z,2026-02-03T09:40Z,kubernetes
                2026-03-05T01:00Z,2026-03-05T07:00Z,kubernetes
                2026-03-20T11:00Z,2026-03-20T11:30Z,kubernetes
                """);
        return csv;
    }

    private CommandRun claim(Path letter, String asOf, String... more) throws IOException {
        String[] base = {"claim", EXAMPLE.toString(), "--from", "2026-01", "--to", "2026-03", "--outages",
                outages().toString(), "--as-of", asOf, "-o", letter.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CommandRun.of(args);
    }

    @Test
    void aCreditWhoseDeadlineHasPassedIsLeftOutAndTheOpenOneClaimed() throws IOException {
        Path letter = dir.resolve("claim.pdf");

        CommandRun run = claim(letter, "2026-04-02");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("claim: left out: 2026-01 kubernetes, EUR 1,850.00, its claim deadline 2026-03-02 passed")
                .contains("claim: left out: 2026-02 kubernetes, EUR 1,850.00, its claim deadline 2026-03-30 passed");
        assertThat(run.out()).contains("1 Service Credit claimed, EUR 1850.00 in all, dated 2026-04-02, marked DRAFT")
                .contains("2026-03  kubernetes");
        String text = ReportCommandTest.text(letter);
        assertThat(text).doesNotContain("January 2026").doesNotContain("February 2026")
                .doesNotContain("99.7282%").doesNotContain("99.8995%");
        assertThat(text).contains("March 2026 Managed Kubernetes Platform 99.1132% 99.95% 1 EUR 1,850.00 30 April 2026")
                .contains("Total claimed EUR 1,850.00");
    }

    @Test
    void theLetterGoesFromTheCustomerToTheProviderDatedTheDayAndCitesTheClauses() throws IOException {
        Path letter = dir.resolve("claim.pdf");

        CommandRun run = claim(letter, "2026-04-02");

        assertThat(run.status()).as(run.err()).isZero();
        String text = ReportCommandTest.text(letter);
        assertThat(text).contains("Northwind Cloud GmbH For the attention of Northwind Service Desk Friedrichstraße 123"
                        + " 10117 Berlin Germany")
                .contains("Contoso Retail Ltd 1 Canada Square London E14 5AB United Kingdom")
                .contains("2 April 2026")
                .contains("Claim for Service Credits under the Managed Cloud Hosting Service Level Agreement: March 2026")
                .contains("Dear Northwind Service Desk,")
                .contains("We write under clause 8.4 (Claims) of the Managed Cloud Hosting Service Level Agreement between"
                        + " Northwind Cloud GmbH and Contoso Retail Ltd, version 1.0 (fingerprint 6993d2977885), to claim"
                        + " the Service Credit set out below.")
                .contains("fell short of its availability target under clause 5.3 (Service levels). The Service Credit"
                        + " follows the tiers under clause 8.1 (Credit tiers) and the caps under clause 8.2 (Caps and minimum).")
                .contains("Under clause 8.3 (Earn-back), the Service Credit of Managed Kubernetes Platform for March 2026"
                        + " (EUR 1,850.00) is not payable if the Service achieves its target in each of April to June 2026.")
                .contains("This claim is made within the time allowed under clause 8.4 (Claims): the last day to claim is"
                        + " 30 April 2026.")
                .contains("Yours sincerely, David Okafor Chief Information Officer For and on behalf of Contoso Retail Ltd");
        // How it was worked out: 390 minutes of the 43,980 the window had in March; the steps of the calculation.
        assertThat(text).contains("Availability in the 24x7 window was 99.1132% against the 99.95% target: 6 h 30 min of"
                        + " Downtime in two outages, the first beginning 5 March 2026 at 01:00 (Europe/London).")
                .contains("– 99.113233…% is below 99.95% and at least 99.0%: tier 1, 10% of EUR 18,500.00 = EUR 1,850.00.")
                .contains("– Credit due: EUR 1,850.00.")
                .contains("This claim must reach you by 30 April 2026 under clause 8.4 (Claims).");
    }

    @Test
    void withNothingOpenToClaimNoLetterIsWritten() throws IOException {
        Path letter = dir.resolve("claim.pdf");

        CommandRun run = claim(letter, "2026-06-01");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("claim: left out: 2026-03 kubernetes, EUR 1,850.00, its claim deadline 2026-04-30 passed")
                .contains("claim: no Service Credit of 2026-01 to 2026-03 is open to claim on 2026-06-01: no letter written");
        assertThat(letter).doesNotExist();
    }

    @Test
    void aFinalCopyHasNoDraftMark() throws IOException {
        Path letter = dir.resolve("claim.pdf");

        CommandRun run = claim(letter, "2026-04-02", "--final");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("final copy");
        assertThat(ReportCommandTest.text(letter)).doesNotContain("DR AF T");
    }
}
