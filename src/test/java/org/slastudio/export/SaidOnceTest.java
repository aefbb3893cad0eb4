package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.review.Review;
import org.slastudio.store.Draft;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;

/** Every template's agreement says each thing once: one definition per term, no sentence of its own text twice. */
class SaidOnceTest {
    private static final Pattern DEFINITION = Pattern.compile("[“\"]([^”\"]{2,60})[”\"] (?:\\([^)]*\\) )?means? ");

    static Stream<Template> templates() {
        return TemplateCatalogue.builtIn().templates().stream();
    }

    private static ExportedPdf export(Agreement agreement) {
        return ExportedPdf.read(ExportedPdf.export(Draft.of(agreement), ExportOptions.finalCopy()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void noTermIsDefinedTwice(Template t) {
        String text = export(TemplateCatalogue.builtIn().load(t).draft().agreement()).flatText();

        Map<String, Integer> definitions = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            definitions.merge(m.group(1), 1, Integer::sum);
        }
        assertThat(definitions).as("the terms the agreement defines").isNotEmpty();
        assertThat(definitions).as("terms defined more than once").allSatisfy((term, times) -> assertThat(times).isOne());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void theTextTheAgreementWritesFromTheDraftStatesNoSentenceTwice(Template t) {
        Agreement generatedOnly = TemplateCatalogue.builtIn().load(t).draft().agreement().withClauses(List.of());
        ExportedPdf pdf = export(generatedOnly);

        Map<String, Integer> sentences = new LinkedHashMap<>();
        for (String sentence : sentences(body(pdf, generatedOnly.overview().title()))) {
            sentences.merge(sentence, 1, Integer::sum);
        }
        assertThat(sentences.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                .as("sentences stated more than once").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void noClauseOfATemplateRestatesWhatTheAgreementAlreadyStates(Template t) {
        Agreement agreement = TemplateCatalogue.builtIn().load(t).draft().agreement();

        assertThat(Review.of(agreement)).filteredOn(f -> f.message().contains("the rule then appears twice")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void noHeadingEndsAPage(Template t) {
        Agreement agreement = TemplateCatalogue.builtIn().load(t).draft().agreement();

        assertThat(export(agreement).headingsEndingAPage(agreement.overview().title())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theDraftsOwnWordingOfTheSoleRemedyTakesThePlaceOfTheAgreements() {
        Agreement example = ExportedPdf.example().agreement();
        org.slastudio.clauses.LibraryClause sole = org.slastudio.clauses.ClauseLibrary.builtIn().clauses().stream()
                .filter(c -> c.id().equals("credits-sole-remedy")).findFirst().orElseThrow();

        String before = export(example).flatText();
        String after = export(sole.addTo(example)).flatText();

        assertThat(before).contains("Sole remedy Service Credits are the Customer's sole and exclusive remedy");
        assertThat(after).doesNotContain("Sole remedy Service Credits are the Customer's sole and exclusive remedy")
                .containsOnlyOnce("sole and exclusive remedy").contains("Service credits as sole remedy");
        assertThat(Review.of(sole.addTo(example))).noneMatch(f -> f.message().contains("the rule then appears twice"));
    }

    /** The pages after the contents, without the running header and footer. */
    private static String body(ExportedPdf pdf, String title) {
        StringBuilder body = new StringBuilder();
        int first = pdf.pageWithLine("1 Overview");
        for (int page = first; page <= pdf.pages().size(); page++) {
            for (String line : pdf.lines(page)) {
                if (!line.equals(title) && !line.startsWith("Version ") && !line.matches("Page \\d+ of \\d+")) {
                    body.append(line.replaceFirst("^\\d+(\\.\\d+)*\\s+", "")).append(' ');
                }
            }
        }
        return body.toString();
    }

    /** Sentences of six words or more that state a rule (they have a verb of one); table rows state none. */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.replaceAll("\\s+", " ").split("(?<=[.:;])\\s+(?=[A-Z“\"(])")) {
            String sentence = s.strip().toLowerCase(Locale.ROOT);
            if (sentence.split(" ").length >= 6
                    && sentence.matches(".*\\b(is|are|shall|means|may|must|counts|counted|begin|runs)\\b.*")) {
                out.add(sentence);
            }
        }
        return out;
    }
}
