package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example agreement (Europe/London) with its claim deadline and its standard response targets rewritten as
 * SLAs write them. Its business hours are Mon-Fri 08:00-18:00, closed on Good Friday (3 April 2026), Easter Monday
 * (6 April), 25 and 28 December 2026.
 */
class DeadlinesAsSlasWriteThemTest {

    private static final String EXAMPLE = "templates/example-cloud-hosting.sla.json";
    private static final String CLAIM = "\"rule\": \"days-after-period-end\",\n      \"count\": 30";

    @TempDir
    Path dir;

    private Path draft(String from, String to) throws IOException {
        String example = Files.readString(Path.of(EXAMPLE));
        assertThat(example).contains(from);
        Path file = dir.resolve("draft.sla.json");
        Files.writeString(file, example.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private Path csv(String... lines) throws IOException {
        Path file = dir.resolve("outages.csv");
        Files.writeString(file, "service,start,end,reported_at,planned\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest(name = "{0} {1}, {2}: claim by {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // the short outage of 10 February is under the 5-minute minimum; 3 February is the first that counts
            "days-after-incident            | 30 | 2026-02 | - | 2026-03-05 | 30 days from the first counted outage, 2026-02-03",
            // 28 February is a Saturday: 2 to 6 and 9 to 13 March
            "business-days-after-period-end | 10 | 2026-02 | business-hours | 2026-03-13 | 10 business days of window business-hours after the period ends",
            // Tuesday 3 February: 4 to 6, 9 to 13, 16 and 17 February
            "business-days-after-incident   | 10 | 2026-02 | business-hours | 2026-02-17 | 10 business days of window business-hours from the first counted outage, 2026-02-03",
            // the outage of 28 February runs into March and counts there from its own start
            "days-after-incident            | 30 | 2026-03 | - | 2026-03-30 | 30 days from the first counted outage, 2026-02-28",
            // nothing counted in April
            "days-after-incident            | 30 | 2026-04 | - | - | no counted outage, so no credit to claim",
    })
    void theCreditNamesItsClaimDeadline(String rule, int count, String period, String calendar, String claimBy, String basis)
            throws IOException {
        String to = "\"rule\": \"" + rule + "\",\n      \"count\": " + count
                + (calendar == null ? "" : ",\n      \"calendarWindowId\": \"" + calendar + "\"");
        Path draft = draft(CLAIM, to);
        Path outages = csv("kubernetes,2026-02-03T09:00,2026-02-03T09:29:50.4,,false",
                "kubernetes,2026-02-10T10:00Z,2026-02-10T10:03Z,,",
                "kubernetes,2026-02-28T23:50,2026-03-01T00:20,,");

        CommandRun text = CommandRun.of("credit", draft.toString(), "--service", "kubernetes", "--period", period,
                "--outages", outages.toString());
        CommandRun json = CommandRun.of("credit", draft.toString(), "--service", "kubernetes", "--period", period,
                "--outages", outages.toString(), "--format", "json");

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("Claim by:      " + (claimBy == null ? basis : claimBy + " (" + basis + ")"));
        JsonNode credit = JsonMapper.builder().build().readTree(json.out()).get("levels").get(0).get("credit");
        assertThat(credit.get("claimBy").isNull() ? null : credit.get("claimBy").asString()).isEqualTo(claimBy);
    }

    /** P3 by the end of the same business day, P4 by the end of the next. */
    @ParameterizedTest(name = "{0} raised {1}: due {2}")
    @CsvSource({
            "P4, 2026-03-04T10:00, 2026-03-05T18:00Z",
            "P4, 2026-03-06T17:59, 2026-03-09T18:00Z",
            // at or after Friday's close, and on the weekend: received Monday, due Tuesday
            "P4, 2026-03-06T18:00, 2026-03-10T18:00Z",
            "P4, 2026-03-07T10:00, 2026-03-10T18:00Z",
            // Thursday before Easter
            "P4, 2026-04-02T16:30, 2026-04-07T18:00+01:00",
            "P4, 2026-04-02T19:00, 2026-04-08T18:00+01:00",
            // the clocks go forward on Sunday 29 March
            "P4, 2026-03-27T16:30, 2026-03-30T18:00+01:00",
            // Christmas Eve: 25 and 28 December are holidays
            "P4, 2026-12-24T10:00, 2026-12-29T18:00Z",
            "P3, 2026-03-06T16:30, 2026-03-06T18:00Z",
            "P3, 2026-03-07T10:00, 2026-03-09T18:00Z",
            "P3, 2026-04-02T19:00, 2026-04-07T18:00+01:00",
    })
    void aBusinessDayTargetIsDueAtTheCloseOfBusiness(String priority, String raised, String due) throws IOException {
        Path draft = businessDayTargets();

        CommandRun run = CommandRun.of("deadline", draft.toString(), "--metric", "incident-response-standard", "--raised", raised,
                "--priority", priority, "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode deadline = JsonMapper.builder().build().readTree(run.out()).get("deadlines").get(0);
        assertThat(deadline.get("due").asString()).isEqualTo(due);
        assertThat(deadline.get("within").isNull()).isTrue();
        assertThat(deadline.get("dueBy").asString()).isEqualTo(priority.equals("P3") ? "end-of-same-business-day" : "end-of-next-business-day");
    }

    @ParameterizedTest(name = "raised {0}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-29T01:30 | 2026-03-31T18:00+01:00 | --raised 2026-03-29T01:30 does not exist in Europe/London (clocks went"
                    + " forward); read as 02:30+01:00",
            "2026-10-25T01:30 | 2026-10-27T18:00Z | --raised 2026-10-25T01:30 happens twice in Europe/London (clocks went"
                    + " back); read as the first, 01:30+01:00; write 2026-10-25T01:30Z for the second"})
    void aRaisedTimeTheClocksSkipOrRepeatStillSaysHowItWasRead(String raised, String due, String warning) throws IOException {
        Path draft = businessDayTargets();

        CommandRun text = CommandRun.of("deadline", draft.toString(), "--metric", "incident-response-standard", "--raised", raised,
                "--priority", "P4");
        CommandRun json = CommandRun.of("deadline", draft.toString(), "--metric", "incident-response-standard", "--raised", raised,
                "--priority", "P4", "--format", "json");

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.err()).isEqualTo("deadline: warning: " + warning + System.lineSeparator());
        assertThat(text.out()).contains("(by the end of the next business day)");
        JsonNode root = JsonMapper.builder().build().readTree(json.out());
        assertThat(root.get("deadlines").get(0).get("due").asString()).isEqualTo(due);
        assertThat(root.get("warnings").valueStream().map(JsonNode::asString)).containsExactly(warning);
    }

    private Path businessDayTargets() throws IOException {
        String example = Files.readString(Path.of(EXAMPLE));
        String p3 = "\"priority\": \"P3\",\n          \"within\": \"PT4H\",";
        String p4 = "\"priority\": \"P4\",\n          \"within\": \"PT10H\",";
        assertThat(example).contains(p3).contains(p4);
        Path file = dir.resolve("targets.sla.json");
        Files.writeString(file, example.replace(p3, "\"priority\": \"P3\",\n          \"dueBy\": \"end-of-same-business-day\",")
                .replace(p4, "\"priority\": \"P4\",\n          \"dueBy\": \"end-of-next-business-day\","), StandardCharsets.UTF_8);
        return file;
    }
}
