package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report}: the service report of a range as a PDF, from the draft, its outage records and, with --tickets, its
 * Incidents; every bad row of the tickets named, and no report written, while any row is wrong.
 */
class ReportCommandTest {
    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");
    private static final Path BUSINESS_HOURS = Path.of("templates/business-hours.sla.json");

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private Path outages() throws IOException {
        return file("outages.csv", """
                start,end,service
                2026-01-10T10:00Z,2026-01-10T12:00Z,kubernetes
                2026-02-03T09:00Z,2026-02-03T09:40Z,kubernetes
                2026-03-05T01:00Z,2026-03-05T07:00Z,kubernetes
                """);
    }

    /** The text with white space as single spaces and words broken at a hyphen at the end of a line joined again. */
    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("-[ \\t]*\\R\\s*", "-")
                    .replaceAll("\\s+", " ");
        }
    }

    @Test
    void aQuarterOfTheExampleIsReportedWithItsCreditsAndTheClausesTheyRestOn() throws IOException {
        Path pdf = dir.resolve("report.pdf");

        CommandRun run = CommandRun.of("report", EXAMPLE.toString(), "--from", "2026-01", "--to", "2026-03",
                "--outages", outages().toString(), "--as-of", "2026-04-10", "-o", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + pdf + ": ").contains("2026-01 to 2026-03, 3 service levels, Service"
                + " Credits due 5550.00, marked DRAFT, fingerprint 6993d2977885");
        assertThat(run.err()).contains("report: warning: object-storage is measured by intervals");
        String text = text(pdf);
        assertThat(text).contains("SERVICE REPORT Managed Cloud Hosting Service Level Agreement January to March 2026")
                .contains("Jan 2026 99.7282% Missed 22 min 4.8 s 2 h 544% 1")
                .contains("Mar 2026 99.1814% 1 EUR 1,850.00 Pending 30 Apr 2026 Open")
                .contains("Service Credits due for January to March 2026: EUR 5,550.00. Of that, EUR 1,850.00 may yet be"
                        + " earned back")
                .contains("under clause 8.1 (Credit tiers)");
    }

    @Test
    void aPeriodNotOverIsLeftOutAndAFinalCopyHasNoMark() throws IOException {
        Path pdf = dir.resolve("report.pdf");

        CommandRun run = CommandRun.of("report", EXAMPLE.toString(), "--from", "2026-03", "--to", "2026-04",
                "--outages", outages().toString(), "--as-of", "2026-04-10", "-o", pdf.toString(), "--final");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("report: warning: 2026-04 is not over on 2026-04-10: left out");
        assertThat(run.out()).contains("final copy");
        assertThat(text(pdf)).contains("2 Availability in March 2026").doesNotContain("DR AF T");
    }

    @Test
    void incidentsAreMeasuredOnTheBusinessHoursClockAcrossAWeekend() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        Path outages = file("outages.csv", "start,end,service\n2026-03-10T10:00Z,2026-03-10T10:30Z,pms\n");
        // Raised on Friday 6 March at 17:45 and 17:50: the P1 response clock (30 business minutes) stops at 18:00 and
        // runs on from Monday 08:00, so they are due at 08:15 and 08:20; answered at 08:10 and 08:30.
        Path tickets = file("tickets.csv", """
                id,priority,raised,responded,resolved
                INC-1,P1,2026-03-06T17:45,2026-03-09T08:10,2026-03-09T10:00
                INC-2,P1,2026-03-06T17:50,2026-03-09T08:30,2026-03-09T13:00
                """);

        CommandRun run = CommandRun.of("report", BUSINESS_HOURS.toString(), "--from", "2026-03", "--to", "2026-03",
                "--outages", outages.toString(), "--tickets", tickets.toString(), "--as-of", "2026-04-10",
                "-o", pdf.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 Incidents measured");
        String text = text(pdf);
        assertThat(text).contains("P1 Response within 30 minutes 95% · in Business hours 2 1 1 0 50%")
                .contains("INC-1 P1 Fri 6 Mar 17:45 Met in 2 d 14 h due Mon 9 Mar 08:15")
                .contains("INC-2 P1 Fri 6 Mar 17:50 Missed in 2 d 14 h due Mon 9 Mar 08:20");
    }

    @Test
    void everyBadRowOfTheTicketsIsNamedByItsLineAndNoReportIsWritten() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        Path tickets = file("tickets.csv", """
                id,priority,raised,responded,resolved
                INC-1,P5,2026-03-06T17:45,2026-03-09T08:10,2026-03-09T10:00
                INC-2,P1,2026-03-06T17:50,2026-03-06T17:40,
                INC-3,P2,2026-03-06T17:50,,2026-03-09T10:00
                INC-4,P3,6 March 2026,,
                INC-5,P3,2026-03-06T10:00,2026-03-06T11:00
                ,P4,2026-03-06T10:00,,
                INC-7,P2,2026-03-10T10:00,2026-03-10T10:30,2026-03-10T12:00
                INC-7,P2,2026-03-11T10:00,2026-03-11T10:30,2026-03-11T12:00
                """);

        CommandRun run = CommandRun.of("report", EXAMPLE.toString(), "--from", "2026-03", "--to", "2026-03",
                "--outages", outages().toString(), "--tickets", tickets.toString(), "--as-of", "2026-04-10",
                "-o", pdf.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> l.startsWith("report: " + tickets))).containsExactly(
                "report: " + tickets + " line 2: priority \"P5\" is not one of P1, P2, P3, P4",
                "report: " + tickets + " line 3: responded 2026-03-06T17:40 is before raised 2026-03-06T17:50",
                "report: " + tickets + " line 4: resolved is given but responded is empty; a ticket is responded to when"
                        + " or before it is resolved: give the time of the response",
                "report: " + tickets + " line 5: raised \"6 March 2026\" is not a time; write e.g. 2026-02-03T09:00 or"
                        + " 2026-02-03T09:00Z",
                "report: " + tickets + " line 6: has 4 values but the header names 5 columns"
                        + " (id,priority,raised,responded,resolved)",
                "report: " + tickets + " line 7: id is empty; give the ticket's reference, e.g. INC-1042",
                "report: " + tickets + " line 9: ticket INC-7 is also on line 8; give each ticket once");
        assertThat(run.err()).contains("report: 7 rows of " + tickets + " are wrong: no report written")
                .doesNotContain("Exception");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aTicketsFileWithoutItsColumnsIsToldWhatTheHeaderMustName() throws IOException {
        Path tickets = file("tickets.csv", "id,priority,opened\nINC-1,P1,2026-03-06T17:45\n");

        CommandRun run = CommandRun.of("report", EXAMPLE.toString(), "--from", "2026-03", "--to", "2026-03",
                "--outages", outages().toString(), "--tickets", tickets.toString(), "--as-of", "2026-04-10",
                "-o", dir.resolve("report.pdf").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(tickets + " line 1: no column \"raised\"; the header must name the columns, e.g."
                + " id,priority,raised,responded,resolved");
    }

    @Test
    void aBadOutageRowStopsTheReportAsItStopsCredit() throws IOException {
        Path outages = file("outages.csv", "start,end,service\n2026-01-10T10:00Z,2026-01-10T09:00Z,kubernetes\n"
                + "2026-01-11T10:00Z,2026-01-11T11:00Z,kubernets\n");

        CommandRun run = CommandRun.of("report", EXAMPLE.toString(), "--from", "2026-01", "--to", "2026-01",
                "--outages", outages.toString(), "--as-of", "2026-04-10", "-o", dir.resolve("report.pdf").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(outages + " line 2: end 2026-01-10T09:00Z is before start 2026-01-10T10:00Z")
                .contains(outages + " line 3: service \"kubernets\" is not a service of the draft");
        assertThat(dir.resolve("report.pdf")).doesNotExist();
    }

    @Test
    void aDraftWithErrorsIsRefusedBeforeItsRecordsAreJudged() throws IOException {
        String example = Files.readString(EXAMPLE);
        Path broken = file("broken.sla.json", example.replaceFirst("\"targetPercent\"\\s*:\\s*[0-9.]+", "\"targetPercent\" : 100.5"));
        Path outages = file("outages.csv", "start,end,service\n2026-01-10T10:00Z,2026-01-10T09:00Z,kubernetes\n");

        CommandRun run = CommandRun.of("report", broken.toString(), "--from", "2026-01", "--to", "2026-01",
                "--outages", outages.toString(), "--as-of", "2026-04-10", "-o", dir.resolve("report.pdf").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("report: " + broken + " has 1 error").doesNotContain("is before start");
    }
}
