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
import org.slastudio.clauses.LibraryClause;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
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
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void whenANumberOfTheDraftChangesTheExportedClausesStateTheNewFigureAndNeverTheOld(Template t) {
        Draft original = TemplateCatalogue.builtIn().load(t).draft();
        Agreement before = original.agreement();
        String json = DraftStore.write(original);
        int changed = 0;
        for (String pointer : numbers(JSON.readTree(json), "")) {
            Agreement after = DraftStore.read(changedAt(json, pointer)).draft().agreement();
            List<String> stale = new ArrayList<>();
            List<String> fresh = new ArrayList<>();
            for (int i = 0; i < before.clauses().size(); i++) {
                String was = Placeholders.fill(before.clauses().get(i).text(), before);
                String is = Placeholders.fill(after.clauses().get(i).text(), after);
                if (!was.equals(is)) {
                    stale.add(flat(was));
                    fresh.add(flat(is));
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            changed++;
            String pdf = clauseText(ExportedPdf.read(ExportedPdf.export(Draft.of(after), ExportOptions.finalCopy())),
                    after.overview().title());
            for (int i = 0; i < fresh.size(); i++) {
                assertThat(pdf).as(t.name() + ": " + pointer + " changed").contains(fresh.get(i)).doesNotContain(stale.get(i));
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
            if (statedInAClause) {
                caught++;
                assertThat(statedFigures(after)).as(t.name() + ": " + pointer + " changed under typed clauses")
                        .anyMatch(f -> f.path().startsWith("$.clauses[") && f.message().contains("which no term of the draft has"));
            }
        }
        assertThat(caught).isGreaterThan(3);
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

    /** The body text: the running head, the page numbers and the version line taken out, spaces evened. */
    private static String clauseText(ExportedPdf pdf, String title) {
        List<String> lines = new ArrayList<>();
        for (String line : pdf.text().split("\n")) {
            if (!line.matches("Page \\d+ of \\d+|Version .* · Fingerprint .*") && !line.strip().equals(title.strip())) {
                lines.add(line);
            }
        }
        return flat(String.join(" ", lines));
    }

    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
