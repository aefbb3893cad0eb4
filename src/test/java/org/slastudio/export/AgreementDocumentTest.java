package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementDocumentTest {

    private static final List<String> PIECES = List.of("a", "word", " ", "\n", "\r\n", "\t", "\u2003", "\n\n", "  \n  ");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aClauseTextSplitsIntoParagraphsAsTheRegexSplitDid(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("x");
        for (int i = random.nextInt(20); i >= 0; i--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        String t = text.toString();

        assertThat(AgreementDocument.paragraphs(t)).as(t)
                .isEqualTo(List.of(t.strip().split("\\s*\\n\\s*\\n\\s*|\\s*\\n\\s*")));
    }

    @Test
    void aHundredThousandBlanksSplitQuickly() {
        String text = "first" + " ".repeat(100_000) + "still first\n \n second";

        List<String> paragraphs = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> AgreementDocument.paragraphs(text));

        assertThat(paragraphs).containsExactly("first" + " ".repeat(100_000) + "still first", "second");
    }
}
