package org.slastudio.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Agreements;
import org.slastudio.model.CreditRegime;

/** Random texts of known, unknown and unfillable placeholders and stray braces; the seed is in the test name. */
class PlaceholdersPropertiesTest {

    private static final List<String> IDS = List.of("storage", "database", "24x7", "business-hours", "provider", "customer",
            "incident-response", "storage-availability", "nonesuch");
    private static final List<String> NOISE = List.of(" and ", " per cent ", "{{", "}}", "{single}", "$1", "\\", "{{x.y}}", "{{ }}", "\n");

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTextFillsCompletelyExactlyWhenNothingInItIsUnknownOrUnfilled(long seed) {
        Random random = new Random(seed);
        Agreement a = random.nextBoolean() ? Agreements.valid() : Agreements.valid().withCreditRegime(CreditRegime.none());
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            if (random.nextInt(4) == 0) {
                text.append(NOISE.get(random.nextInt(NOISE.size())));
            } else {
                String form = Placeholders.FORMS.get(random.nextInt(Placeholders.FORMS.size()));
                text.append("{{").append(form.replace("<id>", pick(random)).replace("<windowId>", pick(random))
                        .replace("<n>", String.valueOf(1 + random.nextInt(4)))).append("}} ");
            }
        }
        String filled = Placeholders.fill(text.toString(), a);
        boolean clean = Placeholders.unknown(text.toString()).isEmpty() && Placeholders.unfilled(text.toString(), a).isEmpty();

        assertThat(!filled.contains("{{") && !filled.contains("}}")).as(text + " -> " + filled).isEqualTo(clean);
        for (String name : Placeholders.names(text.toString())) {
            assertThat(Placeholders.value(name, a).isPresent())
                    .isEqualTo(Placeholders.isKnown(name) && Placeholders.unfilled("{{" + name + "}}", a).isEmpty());
        }
        assertThat(Placeholders.fill(filled, a)).as("filling twice changes nothing more").isEqualTo(filled);
    }

    private static String pick(Random random) {
        return IDS.get(random.nextInt(IDS.size()));
    }
}
