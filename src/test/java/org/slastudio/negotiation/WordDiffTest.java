package org.slastudio.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WordDiffTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Credits are the sole remedy.|Credits are the sole remedy.|Credits are the sole remedy.",
            "Credits are the sole remedy.|Credits are a remedy.|Credits are [-the sole-] {+a+} remedy.",
            "within 30 days|within 60 days|within [-30-] {+60+} days",
            "one two three|one three|one [-two-] three",
            "one three|one two three|one {+two+} three",
            "''|new text|{+new text+}",
            "old text|''|[-old text-]",
            "a  b\t c|a b c|a b c",
            "1 2 3 4 5 6 7 8 9 10 11 12 13 14|1 2 3 4 5 6 7 8 9 10 11 12 13 X|... 9 10 11 12 13 [-14-] {+X+}",
            "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14|A 1 2 3 4 5 6 7 8 9 10 11 12 13 B|[-0-] {+A+} 1 2 3 4 5 ... 9 10 11 12 13 [-14-] {+B+}",
            "0 1 2 3 4 5 Z|A 1 2 3 4 5 Z|[-0-] {+A+} 1 2 3 4 5 Z",
            "0 1 2 3 4 5 6 7 8 9 10 11 Z|A 1 2 3 4 5 6 7 8 9 10 11 Z|[-0-] {+A+} 1 2 3 4 5 ..."})
    void wordsKeptDeletedAndInsertedAreMarked(String before, String after, String rendered) {
        assertThat(WordDiff.render(WordDiff.between(before, after))).isEqualTo(rendered);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 50).mapToObj(i -> 104729L * i + 3);
    }

    /** Keeping the kept and deleted words gives the old text back; kept and inserted words give the new one. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theEditsRebuildBothTexts(long seed) {
        Random random = new Random(seed);
        String before = randomText(random);
        String after = randomText(random);

        var edits = WordDiff.between(before, after);

        assertThat(join(edits, WordDiff.Op.DELETE)).isEqualTo(before);
        assertThat(join(edits, WordDiff.Op.INSERT)).isEqualTo(after);
    }

    private static String randomText(Random random) {
        String[] vocabulary = {"the", "provider", "credits", "shall", "within", "30", "days", "customer", "remedy"};
        return String.join(" ", IntStream.range(0, random.nextInt(12))
                .mapToObj(i -> vocabulary[random.nextInt(vocabulary.length)]).toList());
    }

    private static String join(java.util.List<WordDiff.Edit> edits, WordDiff.Op side) {
        return String.join(" ", edits.stream().filter(e -> e.op() == WordDiff.Op.KEEP || e.op() == side)
                .map(WordDiff.Edit::text).toList());
    }
}
