package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The example agreement's business hours: Mon-Fri 08:00-18:00 Europe/London, Good Friday 3 and Easter Monday 6 April 2026 closed. */
class DeadlineCommandTest {

    private static final String EXAMPLE = "templates/example-cloud-hosting.sla.json";

    @ParameterizedTest(name = "{0} {2} raised {1}: due {3}")
    @CsvSource({
            // Friday: 1.5 h on Friday, 2.5 h on Monday
            "incident-response-standard, 2026-03-06T16:30, P3, 2026-03-09T10:30Z",
            // raised on Saturday: the clock starts at Monday's opening
            "incident-response-standard, 2026-03-07T10:00, P3, 2026-03-09T12:00Z",
            // Thursday before Easter: Friday and Monday are holidays
            "incident-response-standard, 2026-04-02T16:30, P3, 2026-04-07T10:30+01:00",
            // the clocks go forward on Sunday 29 March: Monday's hours are in BST
            "incident-response-standard, 2026-03-27T16:30, P4, 2026-03-30T16:30+01:00",
            // a 24x7 clock runs through the night
            "incident-resolution-urgent, 2026-03-06T16:30, P2, 2026-03-07T00:30Z",
            "incident-resolution-urgent, 2026-03-06T16:30Z, P1, 2026-03-06T20:30Z",
    })
    void theDeadlineRunsOnTheMetricsClock(String metric, String raised, String priority, String due) {
        CommandRun run = CommandRun.of("deadline", EXAMPLE, "--metric", metric, "--raised", raised, "--priority", priority,
                "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode deadline = JsonMapper.builder().build().readTree(run.out()).get("deadlines").get(0);
        assertThat(deadline.get("priority").asString()).isEqualTo(priority);
        assertThat(deadline.get("due").asString()).isEqualTo(due);
    }

    @ParameterizedTest(name = "raised {0}")
    @CsvSource(delimiter = '|', value = {
            "2026-03-29T01:30 | 2026-03-29T02:30+01:00 | --raised 2026-03-29T01:30 does not exist in Europe/London (clocks went"
                    + " forward); read as 02:30+01:00",
            "2026-10-25T01:30 | 2026-10-25T01:30+01:00 | --raised 2026-10-25T01:30 happens twice in Europe/London (clocks went"
                    + " back); read as the first, 01:30+01:00; write 2026-10-25T01:30Z for the second"})
    void aRaisedTimeTheClocksSkipOrRepeatIsReadOneWayAndSaysWhich(String raised, String read, String warning) {
        CommandRun text = CommandRun.of("deadline", EXAMPLE, "--metric", "incident-resolution-urgent", "--raised", raised,
                "--priority", "P1");
        CommandRun json = CommandRun.of("deadline", EXAMPLE, "--metric", "incident-resolution-urgent", "--raised", raised,
                "--priority", "P1", "--format", "json");

        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.err()).isEqualTo("deadline: warning: " + warning + System.lineSeparator());
        JsonNode root = JsonMapper.builder().build().readTree(json.out());
        assertThat(root.get("deadlines").get(0).get("raised").asString()).isEqualTo(read);
        assertThat(root.get("warnings").valueStream().map(JsonNode::asString)).containsExactly(warning);
    }

    @Test
    void anUnambiguousRaisedTimeHasNoWarnings() {
        CommandRun json = CommandRun.of("deadline", EXAMPLE, "--metric", "incident-resolution-urgent", "--raised",
                "2026-03-29T02:30", "--priority", "P1", "--format", "json");

        assertThat(json.err()).isEmpty();
        assertThat(JsonMapper.builder().build().readTree(json.out()).get("warnings")).isEmpty();
    }

    @Test
    void aMetricThatIsNotATimeIsAUsageErrorListingTheOnesThatAre() {
        CommandRun run = CommandRun.of("deadline", EXAMPLE, "--metric", "platform-availability", "--raised",
                "2026-03-06T16:30");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("metric \"platform-availability\" is not a response or resolution time")
                .contains("incident-response-urgent").doesNotContain("choose one of: platform-availability");
    }

    @Test
    void withoutAPriorityEveryTargetOfTheMetricIsShown() {
        CommandRun run = CommandRun.of("deadline", EXAMPLE, "--metric", "incident-response-standard", "--raised",
                "2026-03-06T16:30");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("raised Fri 2026-03-06 16:30 Europe/London, clock: business hours of window business-hours")
                .contains("P3 response due Mon 2026-03-09 10:30 (within 4 Business Hours)")
                .contains("P4 response due Mon 2026-03-09 16:30 (within 10 Business Hours)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--metric nope --raised 2026-03-06T16:30                                  | has no metric \"nope\"; its metrics are: platform-availability",
            "--metric incident-response-standard --raised Friday                      | --raised \"Friday\" is not a time",
            "--metric incident-response-standard --raised 2026-03-06T16:30 --priority P1 | has no target for P1; choose one of P3, P4",
    })
    void aWrongMetricTimeOrPriorityIsAMessageAndStatusTwo(String args, String message) {
        CommandRun run = CommandRun.of(("deadline " + EXAMPLE + " " + args.trim()).split(" +"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }
}
