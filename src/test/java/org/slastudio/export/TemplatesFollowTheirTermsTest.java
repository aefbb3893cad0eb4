package org.slastudio.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.clauses.ClauseLibrary;
import org.slastudio.clauses.DraftTerms;
import org.slastudio.clauses.LibraryClause;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Quantity;
import org.slastudio.review.Finding;
import org.slastudio.review.Review;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every number of every shipped template is a term the clauses follow. Each number in the draft file is changed in
 * turn (the draft read again, as a user's edit would leave it); the agreement exported afterwards states, in every
 * clause, the words filled from the changed draft and never the words of the old one, and the review finds no figure
 * a clause types in. A clause typed out by hand instead, with the numbers of the day, is caught once a term changes.
 */
class TemplatesFollowTheirTermsTest {
    /** Decimals read and written digit for digit, as the store does: 14250.00 stays 14250.00. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(tools.jackson.databind.cfg.JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    static Stream<Template> templates() {
        return TemplateCatalogue.builtIn().templates().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void noTemplateClauseTypesAFigureIn(Template t) {
        Agreement a = TemplateCatalogue.builtIn().load(t).draft().agreement();

        assertThat(statedFigures(a)).as(t.name()).isEmpty();
        for (LibraryClause c : ClauseLibrary.builtIn().clauses()) {
            assertThat(statedFigures(c.addTo(a))).as(t.name() + " with " + c.id()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void whenANumberOfTheDraftChangesTheExportedClausesStateTheNewFigureAndNeverTheOld(Template t) throws java.io.IOException {
        Draft original = TemplateCatalogue.builtIn().load(t).draft();
        Agreement before = original.agreement();
        String json = DraftStore.write(original);
        int changed = 0;
        for (String pointer : numbers(JSON.readTree(json), "")) {
            Agreement after = DraftStore.read(changedAt(json, pointer)).draft().agreement();
            List<String[]> changes = new ArrayList<>();
            for (int i = 0; i < before.clauses().size(); i++) {
                changes.addAll(changedWords(Placeholders.fill(before.clauses().get(i).text(), before),
                        Placeholders.fill(after.clauses().get(i).text(), after)));
            }
            if (changes.isEmpty()) {
                continue;
            }
            changed++;
            byte[] exported = ExportedPdf.export(Draft.of(after), ExportOptions.finalCopy());
            String pdf = clauseText(exported, after.overview().title(), false);
            // A table kept whole may be drawn after the clause text that follows it on the page, and so be read in the
            // middle of a sentence; read by position, the words are in order, though justified lines gain spaces.
            String byPosition = bare(clauseText(exported, after.overview().title(), true));
            for (String[] change : changes) {
                String as = t.name() + ": " + pointer + " changed";
                assertThat(pdf.contains(change[1]) || byPosition.contains(bare(change[1]))).as(as + ", to say " + change[1]).isTrue();
                assertThat(pdf).as(as).doesNotContain(change[0]);
                assertThat(byPosition).as(as).doesNotContain(bare(change[0]));
            }
            assertThat(statedFigures(after)).as(t.name() + ": " + pointer + " changed").isEmpty();
        }
        assertThat(changed).as("numbers of " + t.name() + " that some clause states").isGreaterThan(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aClauseTypedOutByHandIsCaughtOnceATermItStatesChanges(Template t) {
        Agreement a = TemplateCatalogue.builtIn().load(t).draft().agreement();
        List<Clause> typed = a.clauses().stream()
                .map(c -> new Clause(c.section(), c.heading(), Placeholders.fill(c.text(), a))).toList();
        Agreement handEdited = a.withClauses(typed);
        String json = DraftStore.write(Draft.of(handEdited));
        int caught = 0;
        for (String pointer : numbers(JSON.readTree(json), "")) {
            Agreement after = DraftStore.read(changedAt(json, pointer)).draft().agreement();
            boolean statedInAClause = a.clauses().stream().anyMatch(c -> !Placeholders.fill(c.text(), a)
                    .equals(Placeholders.fill(c.text(), after)));
            if (statedInAClause && !onlyConstantsChanged(a, after)) {
                caught++;
                // The typed figure matches no term now, unless another term happens to have the old value too.
                boolean oldValueGone = changedTerms(a, after).stream()
                        .allMatch(term -> DraftTerms.of(after).stream().noneMatch(n -> n.value().sameAs(term.value())));
                assertThat(statedFigures(after)).as(t.name() + ": " + pointer + " changed under typed clauses")
                        .anyMatch(f -> f.path().startsWith("$.clauses[") && f.message().contains(oldValueGone
                                ? "which no term of the draft has" : " types in "));
            }
        }
        assertThat(caught).isGreaterThan(3);
    }

    /**
     * Where a clause's words changed, the words before and after each change with three words either side: what the
     * old agreement said there and what the new one must say instead.
     */
    private static List<String[]> changedWords(String was, String is) {
        String[] a = flat(was).split(" ");
        String[] b = flat(is).split(" ");
        List<String[]> changes = new ArrayList<>();
        if (a.length == b.length) {
            for (int i = 0; i < a.length; i++) {
                if (!a[i].equals(b[i])) {
                    changes.add(new String[] {around(a, i, i + 1), around(b, i, i + 1)});
                }
            }
            return changes;
        }
        int prefix = 0;
        while (prefix < Math.min(a.length, b.length) && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(a.length, b.length) - prefix && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        changes.add(new String[] {around(a, prefix, a.length - suffix), around(b, prefix, b.length - suffix)});
        return changes;
    }

    /**
     * The changed words with up to three words either side, within their sentence: the agreement lists a definitions
     * clause's sentences as definitions in alphabetical order, ending each with a full stop.
     */
    private static String around(String[] words, int from, int to) {
        int start = from;
        while (start > Math.max(0, from - 3) && !words[start - 1].matches(".*[.;]")) {
            start--;
        }
        int end = to;
        while (end < Math.min(words.length, to + 3) && !words[end - 1].matches(".*[.;]")) {
            end++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, end)).replaceFirst("[.;]$", "");
    }

    /** The review never checks 0%, 100% or twelve months (docs/clauses.md), so a term that was one is not caught. */
    private static boolean onlyConstantsChanged(Agreement before, Agreement after) {
        List<Quantity> constants = List.of(Quantity.of("0", Quantity.Unit.PERCENT), Quantity.of("100", Quantity.Unit.PERCENT),
                Quantity.of("12", Quantity.Unit.MONTHS));
        return changedTerms(before, after).stream().allMatch(t -> constants.stream().anyMatch(t.value()::sameAs));
    }

    /** The terms of {@code before} whose value {@code after} no longer has under the same name. */
    private static List<DraftTerms.DraftTerm> changedTerms(Agreement before, Agreement after) {
        List<DraftTerms.DraftTerm> now = DraftTerms.of(after);
        return DraftTerms.of(before).stream()
                .filter(t -> now.stream().noneMatch(n -> n.name().equals(t.name()) && n.value().sameAs(t.value()))).toList();
    }

    private static List<Finding> statedFigures(Agreement a) {
        return Review.of(a).stream().filter(f -> f.path().startsWith("$.clauses[")
                && (f.message().contains("which no term of the draft has") || f.message().contains(" types in "))).toList();
    }

    /** JSON pointers of the draft's numbers, and of its times and durations, which are numbers too. */
    private static List<String> numbers(JsonNode node, String at) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().equals("schemaVersion") && !e.getKey().equals("simulationAssumptions")
                        && !e.getKey().equals("negotiation")) {
                    found.addAll(numbers(e.getValue(), at + "/" + e.getKey()));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(numbers(node.get(i), at + "/" + i));
            }
        } else if (node.isNumber() || node.isString() && node.asString().matches("PT\\d+[HM]|\\d{2}:\\d{2}")) {
            found.add(at);
        }
        return found;
    }

    /** The draft with the number at {@code pointer} changed to one no other term is likely to have. */
    private static String changedAt(String json, String pointer) {
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode parent = parentPointer.isEmpty() ? root : root.at(parentPointer);
        JsonNode value = parent.isArray() ? parent.get(Integer.parseInt(last)) : parent.get(last);
        JsonNode next;
        if (value.isString()) {
            String s = value.asString();
            next = JSON.getNodeFactory().stringNode(s.startsWith("PT") ? "PT" + (Integer.parseInt(s.replaceAll("\\D", "")) + 7)
                    + s.charAt(s.length() - 1) : s.substring(0, 3) + (s.charAt(3) == '3' ? "1" : "3") + s.charAt(4));
        } else {
            BigDecimal v = value.decimalValue();
            // Percentages stay percentages: 99.95 becomes 99.83, 10 becomes 9.88; counts and amounts grow by 7.
            next = JSON.getNodeFactory().numberNode(v.compareTo(BigDecimal.valueOf(100)) <= 0 && v.scale() > 0
                    || pointer.toLowerCase().contains("percent") ? v.subtract(new BigDecimal("0.12")).max(BigDecimal.ZERO)
                    : v.add(BigDecimal.valueOf(7)));
        }
        if (parent instanceof ObjectNode o) {
            o.set(last, next);
        } else {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), next);
        }
        return root.toString();
    }

    /** The body text, without the running head, page numbers and version line, spaces evened. */
    private static String clauseText(byte[] pdf, String title, boolean byPosition) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            text = stripper.getText(document);
        }
        for (String line : text.split("\n")) {
            String even = flat(line);
            if (!even.matches("Page \\d+ of \\d+|Version .* · Fingerprint .*") && !even.equals(title.strip())) {
                lines.add(line);
            }
        }
        // The agreement sets a definition's quotes as the typeset pair; the clause was typed with straight ones.
        return flat(String.join(" ", lines)).replace('“', '"').replace('”', '"');
    }

    private static String bare(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", "");
    }

    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
