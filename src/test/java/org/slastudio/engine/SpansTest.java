package org.slastudio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpansTest {

    @ParameterizedTest(name = "{0} merge to {1}")
    @CsvSource(delimiter = '|', value = {
            "0-10;5-15          | 0-15",
            "5-15;0-10          | 0-15",
            "0-10;10-20         | 0-20",
            "0-10;11-20         | 0-10;11-20",
            "30-40;0-10;5-8;9-12| 0-12;30-40",
            "0-0;5-5            | ",
            "0-100;10-20;30-40  | 0-100",
    })
    void overlappingAndTouchingSpansMergeInAnyOrder(String spans, String merged) {
        assertThat(text(parse(spans))).isEqualTo(merged == null ? "" : merged);
    }

    @ParameterizedTest(name = "{0} and {1}: both {2}, first only {3}")
    @CsvSource(delimiter = '|', value = {
            "0-10;20-30 | 5-25       | 5-10;20-25  | 0-5;25-30",
            "0-10       | 0-10       | 0-10        | ",
            "0-10       | 10-20      |             | 0-10",
            "0-100      | 10-20;30-40| 10-20;30-40 | 0-10;20-30;40-100",
    })
    void spansIntersectAndSubtract(String a, String b, String both, String firstOnly) {
        assertThat(text(parse(a).intersect(parse(b)))).isEqualTo(both == null ? "" : both);
        assertThat(text(parse(a).minus(parse(b)))).isEqualTo(firstOnly == null ? "" : firstOnly);
    }

    @ParameterizedTest(name = "{0} within [{1}, {2}): {3}")
    @CsvSource(delimiter = '|', value = {
            "0-10;20-30 | 5  | 25 | 10",
            "0-10;20-30 | 10 | 20 | 0",
            "0-10;20-30 | 0  | 30 | 20",
            "0-10;20-30 | 29 | 99 | 1",
    })
    void timeWithinARangeIsFoundWithoutScanningEverything(String spans, long from, long to, long millis) {
        assertThat(parse(spans).millisWithin(from, to)).isEqualTo(millis);
    }

    private static Spans parse(String text) {
        List<long[]> list = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] ends = part.trim().split("-");
            list.add(new long[] {Long.parseLong(ends[0]), Long.parseLong(ends[1])});
        }
        long[] starts = list.stream().mapToLong(p -> p[0]).toArray();
        long[] endsArray = list.stream().mapToLong(p -> p[1]).toArray();
        return Spans.union(starts, endsArray, starts.length);
    }

    private static String text(Spans spans) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            parts.add(spans.start(i) + "-" + spans.end(i));
        }
        return String.join(";", parts);
    }
}
