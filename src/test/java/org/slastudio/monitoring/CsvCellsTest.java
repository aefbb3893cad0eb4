package org.slastudio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A time read without java.time's parser is the time java.time reads, and any other text is left to the parser. */
class CsvCellsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-02-03T09:00Z", "2026-02-03T09:00:30Z", "2026-02-03T09:00:30.5Z",
            "2026-02-03T09:00:30.123456789Z", "2026-02-03T10:00+01:00", "2026-02-03T04:30-05:30", "2026-02-03T09:00-00:00",
            "2024-02-29T23:59:59+14:00", "2026-02-03T09:00", "2026-02-03T09:00:07", "2026-03-29T01:30:00.25"})
    void theUsualFormsAreReadAsJavaTimeReadsThem(String text) {
        Object quick = CsvCells.isoTime(text);
        Object expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            expected = LocalDateTime.parse(text);
        }
        assertThat(quick).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-02-30T09:00Z", "2026-02-03T24:00Z", "2026-02-03 09:00Z", "2026-02-03T09:00+0100",
            "2026-02-03T09:00+19:00", "2026-02-03T09:00:00.Z", "2026-02-03T09:00:00.1234567891Z", "2026-02-03T09:00z",
            "2026-2-3T09:00Z", "yesterday", "2026-02-03T09:0xZ", "+2026-02-03T09:00Z"})
    void anythingElseIsLeftToTheParser(String text) {
        assertThat(CsvCells.isoTime(text)).isNull();
    }
}
