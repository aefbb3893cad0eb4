package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DowntimeCommandTest {

    /** Arguments split at spaces; a ~ stands for a space inside one. */
    private static String[] words(String line) {
        return java.util.Arrays.stream(line.trim().split(" +")).map(w -> w.replace('~', ' ')).toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}: period row \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "--target 99.9 --period 2025-03                                                    | Period 2025-03 .* 44640  44 min 38.4 s",
            "--target 99.9 --period 2025-02                                                    | Period 2025-02 .* 40320  40 min 19.2 s",
            "--target 99.5 --window Mon-Fri~08:00-18:00 --tz Europe/London --period 2025-03    | Period 2025-03 .* 12600  1 h 3 min",
            "--target 99.5 --window Mon-Fri~08:00-18:00 --tz Europe/London --period 2025-03 --holiday 2025-03-17 | Period 2025-03 .* 12000  1 h",
            "--target 99.9 --tz Europe/Berlin --quarter 2025-Q1                                | Period 2025-Q1 .* 129540  2 h 9 min 32.4 s",
            "--target 99.9 --days 30 --from 2025-03-01                                         | Period 30 days from 2025-03-01 .* 43200  43 min 12 s",
            "--target 99.9 --tz America/New_York --period 2025-W44                             | Period 2025-W44 .* 10140  10 min 8.4 s",
    })
    void theAllowedDowntimeIsExactForTheRealCalendar(String args, String row) {
        CommandRun run = CommandRun.of(words("downtime " + args));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines()).anyMatch(line -> line.matches(row.trim().replace(" .* ", " +")));
    }

    @Test
    void everyRowOfAYearInABusinessHoursWindowIsThere() {
        CommandRun run = CommandRun.of("downtime", "--target", "99.5", "--window", "Mon-Fri 08:00-18:00", "--tz",
                "Europe/London", "--period", "2025-03", "--holiday", "2025-03-17");
        // 2025 has 261 weekdays: 261 x 600 - 600 for the holiday = 156000 min, 0.5% of it 780 min
        assertThat(run.out()).containsPattern("Year 2025 +156000  13 h")
                .containsPattern("Week 2025-W10 +3000  15 min")
                .containsPattern("Day \\(average in 2025-03\\) +387.097  1 min 56.129 s");
    }

    @Test
    void jsonGivesTheExactNumbers() {
        CommandRun run = CommandRun.of("downtime", "--target", "99.9", "--period", "2025-03", "--format", "json");
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        JsonNode period = root.get("rows").get(2);
        assertThat(period.get("span").asString()).isEqualTo("period");
        assertThat(period.get("windowMinutes").decimalValue()).isEqualByComparingTo("44640");
        assertThat(period.get("allowedSeconds").decimalValue()).isEqualByComparingTo("2678.4");
        assertThat(period.get("from").asString()).isEqualTo("2025-03-01T00:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--target 100.5                        | --target 100.5 is not between 0 and 100",
            "--target ninety                       | --target ninety is not a number",
            "--target 1E-19                        | --target 1E-19 is out of range; use at most 18 digits",
            "--target 99 --tz Mars/Olympus         | --tz Mars/Olympus is not a time zone",
            "--target 99 --window Someday~9-5      | is not a window; write e.g.",
            "--target 99 --period March            | Not a period",
            "--target 99 --days 0                  | --days must be 1 or more",
            "--target 99 --period 2025-03 --days 3 | mutually exclusive",
    })
    void aWrongValueIsAMessageAndStatusTwo(String args, String message) {
        CommandRun run = CommandRun.of(words("downtime " + args));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }
}
