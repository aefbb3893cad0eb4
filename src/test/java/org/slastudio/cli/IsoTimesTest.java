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
    void aBadTimeIsStillToldInTheWordsOfTheColumn() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutageCsv.instant("2026-02-30T09:00Z", "start", null, w -> { }))
                .hasMessage("start \"2026-02-30T09:00Z\" is not a time; write e.g. 2026-02-03T09:00 or 2026-02-03T09:00Z");
    }
}
