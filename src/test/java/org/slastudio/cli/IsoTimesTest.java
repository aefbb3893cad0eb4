package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick reading of a time agrees with java.time's wherever it reads one, and leaves the rest to it. */
class IsoTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-03T09:00Z", "2026-02-03T09:00:15Z", "2026-02-03T09:00:15.250Z",
            "2026-02-03T09:00:15.123456789Z", "2026-02-03T10:00+01:00", "2026-07-01T23:59:59-05:30", "2024-02-29T00:00Z",
            "2026-12-31T23:59:59.9+14:00", "0001-01-01T00:00Z"})
    void aTimeOfTheCommonShapeIsTheInstantJavaTimeReads(String text) {
        assertThat(IsoTimes.withOffset(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-03T09:00", "2026-02-30T09:00Z", "2026-02-03T24:00Z", "2026-02-03 09:00Z",
            "2026-2-03T09:00Z", "2026-02-03T09:00+0100", "2026-02-03T09:00:15.Z", "2026-02-03T09:00ZZ", "",
            "+12026-02-03T09:00Z", "2026-02-03T09:00+19:00", "2026-02-03T09:60Z"})
    void anythingElseIsLeftToJavaTime(String text) {
        assertThat(IsoTimes.withOffset(text)).isNull();
    }

    @Test
    void everyDayOfTwoCenturiesAtEveryOffsetIsReadAsJavaTimeReadsIt() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (java.time.LocalDate day = java.time.LocalDate.of(1900, 1, 1); day.getYear() < 2101; day = day.plusDays(1)) {
            int minutes = random.nextInt(-18 * 60, 18 * 60 + 1);
            String offset = minutes == 0 ? "Z" : String.format("%s%02d:%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60,
                    Math.abs(minutes) % 60);
            String text = day + "T" + String.format("%02d:%02d:%02d.%03d", random.nextInt(24), random.nextInt(60),
                    random.nextInt(60), random.nextInt(1000)) + offset;
            assertThat(IsoTimes.withOffset(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @Test
    void aTimeIsReadFromItsPlaceInALine() {
        String line = "2026-02-03T09:00Z,2026-02-03T10:00+01:00,kubernetes";

        assertThat(IsoTimes.withOffset(line, 0, 17)).isEqualTo(java.time.Instant.parse("2026-02-03T09:00:00Z"));
        assertThat(IsoTimes.withOffset(line, 18, 40)).isEqualTo(java.time.Instant.parse("2026-02-03T09:00:00Z"));
        assertThat(IsoTimes.withOffset(line, 18, 41)).isNull();
    }

    @Test
    void aBadTimeIsStillToldInTheWordsOfTheColumn() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutageCsv.instant("2026-02-30T09:00Z", "start", null, w -> { }))
                .hasMessage("start \"2026-02-30T09:00Z\" is not a time; write e.g. 2026-02-03T09:00 or 2026-02-03T09:00Z");
    }
}
