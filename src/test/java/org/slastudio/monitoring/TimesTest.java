package org.slastudio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick reading of common forms gives what java.time gives, and leaves everything else to it. */
class TimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "2026-02-03T09:00Z", "2026-02-03T09:00:07Z", "2026-02-03T09:00:07.4Z", "2026-02-03T09:00:07.123456789Z",
            "2026-02-03T09:00:07.418-06:00", "2026-02-03T10:00+01:00", "2026-02-03T10:00+14:00", "2026-02-03T23:59:59z",
            "2024-02-29T00:00Z", "2026-12-31T23:59:59.999+05:45", "2026-02-03T09:00:00+00:00",
            "2026-02-03T09:00", "2026-07-03T09:00:30", "2026-10-25T02:30", "2026-03-29T00:59:59",
    })
    void commonFormsReadAsJavaTimeReadsThem(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException local) {
            expected = LocalDateTime.parse(text).atZone(LONDON).toInstant();
        }
        List<String> warnings = new ArrayList<>();

        assertThat(Times.instant(text, "start", LONDON, warnings::add)).isEqualTo(expected);
        assertThat(warnings).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-02-30T09:00Z", "2025-02-29T09:00Z", "2026-13-01T09:00Z", "2026-02-03T24:00Z",
            "2026-02-03T09:60Z", "2026-02-03T09:00:61Z", "2026-02-03T09:00+19:00", "2026-02-03 09:00", "2026-02-03T09:00.5Z",
            "yesterday", "2026-02-03T09:00:00.1234567890Z"})
    void anythingElseIsNotATimeAndSaysWhatToWrite(String text) {
        assertThatThrownBy(() -> Times.instant(text, "start", LONDON, w -> { }))
                .hasMessage("start \"" + text + "\" is not a time; write e.g. 2026-02-03T09:00 or 2026-02-03T09:00Z");
    }

    @Test
    void localTimesTheClocksSkipOrRepeatAreReadOneWayAndSaidSo() {
        List<String> warnings = new ArrayList<>();

        Instant skipped = Times.instant("2026-03-29T01:30", "start", LONDON, warnings::add);
        Instant repeated = Times.instant("2026-10-25T01:30", "end", LONDON, warnings::add);

        assertThat(skipped).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(repeated).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(warnings).containsExactly(
                "start 2026-03-29T01:30 does not exist in Europe/London (clocks went forward); read as 02:30+01:00",
                "end 2026-10-25T01:30 happens twice in Europe/London (clocks went back); read as the first, 01:30+01:00;"
                        + " write 2026-10-25T01:30Z for the second");
    }

    @Test
    void aSpaceForTheTIsOnlyForExportsThatWriteIt() {
        assertThat(Times.instant("2026-02-03 09:00:00", "Date-Time", LONDON, w -> { }, true))
                .isEqualTo(Instant.parse("2026-02-03T09:00:00Z"));
        assertThatThrownBy(() -> Times.instant("2026-02-03 09:00:00", "start", LONDON, w -> { }))
                .hasMessageContaining("is not a time");
    }
}
