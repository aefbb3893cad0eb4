package org.slastudio.clauses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreements;

class PlaceholderScanTest {

    /** What Placeholders used to search with; quadratic or worse on long words, but the meaning to keep. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern STRAY = Pattern.compile("\\{\\{\\S*|\\S*}}");

    private static final List<String> PIECES = List.of("{", "}", "{{", "}}", " ", "\n", "\t", "\u2003", "a", "x.y",
            "service.storage.name", "customer.legalName", "$1", "\\");

    static LongStream seeds() {
        return LongStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theScanFindsWhatTheRegularExpressionsFound(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(25); i >= 0; i--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        String t = text.toString();

        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(t);
        while (m.find()) {
            names.add(m.group(1));
        }
        List<String> strays = new ArrayList<>();
        Matcher s = STRAY.matcher(PLACEHOLDER.matcher(t).replaceAll(" "));
        while (s.find()) {
            strays.add(s.group());
        }

        assertThat(PlaceholderScan.placeholders(t)).as(t).map(PlaceholderScan.Match::name).isEqualTo(names);
        assertThat(PlaceholderScan.strays(t)).as(t).isEqualTo(strays);
        assertThat(Placeholders.fill(t, Agreements.valid()))
                .isEqualTo(PLACEHOLDER.matcher(t).replaceAll(r -> Matcher.quoteReplacement(
                        Placeholders.value(r.group(1), Agreements.valid()).orElse(r.group()))));
    }

    static Stream<String> longTexts() {
        int n = 100_000;
        return Stream.of("x".repeat(n), "{{" + "x".repeat(n), "x".repeat(n) + "}}", "{{" + " ".repeat(n),
                "{{x".repeat(n / 3), "x}}".repeat(n / 3), "}".repeat(n), "{".repeat(n), "{{ ".repeat(n / 3) + "x",
                ("x".repeat(1000) + " ").repeat(n / 1000), "{{customer.legalName}}".repeat(n / 22));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("longTexts")
    void aLongTextWithoutSpacesIsCheckedAndFilledQuickly(String text) {
        // Quadratic scanning took a minute or more on these; linear takes milliseconds.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Placeholders.names(text);
            Placeholders.unknown(text);
            Placeholders.unfilled(text, Agreements.valid());
            Placeholders.fill(text, Agreements.valid());
        });
    }
}
