package org.slastudio.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Party;
import org.slastudio.model.Section;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;

/**
 * Every library clause, filled with the terms of every template, and every template's own clauses read as a lawyer
 * would write them: no gap, no doubled word or punctuation, no "within the end of", sentences that begin with a
 * capital, quotes and brackets that pair up. And each says only what the generated text of the agreement does not:
 * no clause names a term the agreement's tables and generated clauses state, and no heading repeats a generated one.
 */
class LibraryClausesReadWellTest {
    private static final TemplateCatalogue CATALOGUE = TemplateCatalogue.builtIn();

    /** The headings the PDF writes itself, section by section: the section's title first. */
    private static final Map<Section, List<String>> GENERATED_HEADINGS = Map.ofEntries(
            Map.entry(Section.OVERVIEW, List.of("Overview", "Purpose", "Term", "Periods, time and currency", "Governing law")),
            Map.entry(Section.DEFINITIONS, List.of("Definitions and interpretation")),
            Map.entry(Section.PARTIES, List.of("Parties")),
            Map.entry(Section.SERVICES, List.of("Services", "Services covered")),
            Map.entry(Section.AVAILABILITY, List.of("Availability", "Availability Windows", "Service levels")),
            Map.entry(Section.MEASUREMENT, List.of("Measurement", "How Downtime is counted")),
            Map.entry(Section.EXCLUSIONS, List.of("Exclusions")),
            Map.entry(Section.SERVICE_CREDITS, List.of("Service credits", "Credit tiers", "Caps and minimum", "At-Risk Amount",
                    "Earn-back", "Claims", "Sole remedy")),
            Map.entry(Section.METRICS, List.of("Metrics", "Response and resolution times", "Other service measures")),
            Map.entry(Section.REPORTING, List.of("Reporting", "Reported measures")),
            Map.entry(Section.ESCALATION, List.of("Escalation")),
            Map.entry(Section.TERMINATION, List.of("Termination")),
            Map.entry(Section.REVIEW_OF_SERVICE_LEVELS, List.of("Review of service levels")));

    /**
     * Placeholders of terms the generated text states (fees, targets' windows and hours, maintenance, measurement rules,
     * credit tiers, caps, minimum, claims, earn-back, the at-risk amount, response and resolution times, the term,
     * addresses): a clause naming one says again what a table or a generated clause already says.
     */
    private static final Pattern STATED_BY_GENERATED_TEXT = Pattern.compile("credits\\.(tiers|feeBasis|monthlyCap"
            + "|rollingTwelveMonthCap|minimumCredit|claimDeadline|earnBackPeriods|earnBackTarget|atRisk|poolAllocation)"
            + "|service\\.[^.]+\\.(monthlyFee|minimumOutage|interval|errorThreshold)"
            + "|window\\.[^.]+\\.(hours|maintenance|maintenanceNotice)"
            + "|metric\\.[^.]+\\.(target|P[1-4](\\.compliance)?)"
            + "|agreement\\.(title|effectiveDate|initialTerm|measurementPeriod|timeZone|governingLaw)"
            + "|(provider|customer|party\\.[^.]+)\\.address");

    static Stream<Template> templates() {
        return CATALOGUE.templates().stream();
    }

    static Stream<LibraryClause> libraryClauses() {
        return ClauseLibrary.builtIn().clauses().stream();
    }

    private static Agreement load(Template t) {
        return CATALOGUE.load(t).draft().agreement();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraryClauses")
    void aLibraryClauseReadsWellFilledWithTheTermsOfEveryTemplate(LibraryClause clause) {
        int read = 0;
        for (Template t : CATALOGUE.templates()) {
            Agreement a = clause.addTo(load(t));
            if (!Placeholders.unfilled(clause.heading() + " " + clause.text(), a).isEmpty()) {
                // A credit term the template does not use: BuiltInTemplatesTest allows exactly those gaps.
                continue;
            }
            assertThat(problems(clause.heading(), clause.text(), a)).as(clause.id() + " in " + t.name()).isEmpty();
            read++;
        }
        assertThat(read).as("templates that fill " + clause.id() + " in full").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aTemplateClauseReadsWellOnceFilled(Template t) {
        Agreement a = load(t);
        for (Clause c : a.clauses()) {
            assertThat(problems(c.heading(), c.text(), a)).as(t.name() + ": " + c.heading()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libraryClauses")
    void aLibraryClauseStatesNoTermTheGeneratedTextStatesAndKeepsAHeadingOfItsOwn(LibraryClause clause) {
        assertThat(restated(clause.heading() + " " + clause.text())).as(clause.id()).isEmpty();
        assertThat(GENERATED_HEADINGS.get(clause.section())).as(clause.id())
                .noneMatch(h -> h.equalsIgnoreCase(clause.heading().strip()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aTemplateClauseStatesNoTermTheGeneratedTextStatesAndKeepsAHeadingOfItsOwn(Template t) {
        Agreement a = load(t);
        for (Clause c : a.clauses()) {
            assertThat(restated(c.heading() + " " + c.text())).as(t.name() + ": " + c.heading()).isEmpty();
            assertThat(GENERATED_HEADINGS.get(c.section())).as(t.name() + ": " + c.heading())
                    .noneMatch(h -> h.equalsIgnoreCase(c.heading().strip()));
            assertThat(a.parties()).as(t.name() + ": " + c.heading())
                    .noneMatch(p -> p.address() != null && Placeholders.fill(c.text(), a).contains(p.address()));
        }
    }

    /** Each definition is a sentence or paragraph of its own, "Term" means ..., so the PDF can merge it into its list. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aTemplateDefinesEachTermOnceInSentencesThatBeginWithTheTerm(Template t) {
        Agreement a = load(t);
        Map<String, Integer> defined = new HashMap<>();
        for (Clause c : a.clauses()) {
            if (c.section() != Section.DEFINITIONS) {
                continue;
            }
            for (String paragraph : c.text().split("\n")) {
                for (String sentence : sentences(paragraph)) {
                    Matcher m = DEFINITION.matcher(sentence);
                    assertThat(m.lookingAt()).as(t.name() + ": " + sentence).isTrue();
                    defined.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        assertThat(defined).as(t.name()).isNotEmpty().allSatisfy((term, times) -> assertThat(times).as(term).isOne());
    }

    private static final Pattern DEFINITION = Pattern.compile("[\"“]([^\"”]+)[\"”] means\\b");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Claims are made within the end of the second billing cycle.| within the end",
            "The the Provider shall pay.                                | doubled word",
            "It is a 8-hour window.                                     | a/an",
            "It takes an 30 days.                                       | a/an",
            "It is a open question.                                     | a/an",
            "The Provider shall pay , in full.                          | space before punctuation",
            "The Provider shall pay,, in full.                          | doubled punctuation",
            "The Provider shall pay. the Customer shall not.            | sentence starts with a small letter",
            "The \"Provider shall pay.                                  | unbalanced quotes",
            "The Provider (shall pay.                                   | unbalanced brackets",
            "The Provider shall pay {{credits.monthlyCap.                | braces",
            "The Provider shall pay [not stated].                       | not stated",
            "On 1 month' notice.                                        | apostrophe"})
    void theChecksCatchWhatTheyAreFor(String text, String problem) {
        Agreement a = load(CATALOGUE.find("cloud-hosting").orElseThrow());

        assertThat(problems("Heading", text.strip(), a)).anyMatch(p -> p.startsWith(problem.strip()));
    }

    @Test
    void aWellWrittenSentenceHasNoProblem() {
        Agreement a = load(CATALOGUE.find("cloud-hosting").orElseThrow());

        assertThat(problems("Claims", "A claim is made by the end of the 2nd month (in writing); an 8-hour window, "
                + "“Downtime” and \"Uptime\" apply. The Provider shall pay on 30 days' notice.", a)).isEmpty();
    }

    private static List<String> restated(String text) {
        return Placeholders.names(text).stream().filter(n -> STATED_BY_GENERATED_TEXT.matcher(n).matches()).toList();
    }

    private static final List<Check> CHECKS = List.of(
            new Check("within the end", "\\bwithin the end\\b|\\b(by|within|before|no later than) (within|by|no later than)\\b"),
            new Check("doubled word", "(?i)\\b(\\p{L}+)\\s+\\1\\b"),
            new Check("a/an", "\\b[Aa] (8|11\\b|18\\b)|\\b[Aa]n (?!8|11\\b|18\\b)\\d|\\b[Aa] (?![Ee]u|[Oo]n[ce])[aeioAEIO]"
                    + "|\\b[Aa]n [bcdfgjklmnpqrstvwxyz]"),
            new Check("space before punctuation", " [,.;:!?)\\]]|[(\\[] "),
            new Check("doubled punctuation", "[,;:.]\\s*[,;:]|[,;:]\\s*\\.|\\.\\s*\\.|''"),
            new Check("braces", "[{}]"),
            new Check("not stated", "(?i)not stated"),
            new Check("apostrophe", "\\b1 \\p{L}+'|(?<![sS])' (written )?notice"));

    private record Check(String name, Pattern pattern) {
        Check(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }

    /** What a reader would stumble over in the filled heading and text, named; empty where it reads well. */
    static List<String> problems(String heading, String text, Agreement a) {
        List<String> problems = new ArrayList<>();
        for (String name : Placeholders.names(heading + " " + text)) {
            String value = Placeholders.value(name, a).orElse("");
            if (value.isBlank() || value.toLowerCase(Locale.ROOT).contains("not stated")) {
                problems.add("not stated: {{" + name + "}} fills as '" + value + "'");
            }
        }
        String filledHeading = Placeholders.fill(heading, a).strip();
        if (filledHeading.isEmpty() || !Character.isUpperCase(filledHeading.codePointAt(0))) {
            problems.add("heading '" + filledHeading + "' does not begin with a capital");
        }
        String filled = masked(Placeholders.fill(text, a), a);
        for (String piece : List.of(filledHeading, filled)) {
            for (Check check : CHECKS) {
                Matcher m = check.pattern().matcher(piece);
                if (m.find()) {
                    problems.add(check.name() + ": '" + around(piece, m.start(), m.end()) + "'");
                }
            }
        }
        for (String paragraph : filled.split("\n")) {
            for (String sentence : sentences(paragraph)) {
                int first = sentence.codePointAt(0);
                if (!Character.isUpperCase(first) && !Character.isDigit(first) && "\"“(".indexOf(first) < 0) {
                    problems.add("sentence starts with a small letter: '" + around(sentence, 0, 1) + "'");
                }
            }
        }
        if (filled.chars().filter(c -> c == '"').count() % 2 != 0
                || filled.chars().filter(c -> c == '“').count() != filled.chars().filter(c -> c == '”').count()) {
            problems.add("unbalanced quotes");
        }
        if (!bracketsPair(filled)) {
            problems.add("unbalanced brackets");
        }
        return problems;
    }

    /** Legal names such as "Brightline Software B.V." end in full stops that end no sentence. */
    private static String masked(String text, Agreement a) {
        String out = text;
        for (Party p : a.parties()) {
            if (p != null && p.legalName() != null && !p.legalName().isBlank()) {
                out = out.replace(p.legalName().strip(), "Party");
            }
        }
        return out;
    }

    private static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        for (String s : paragraph.strip().split("(?<=[.!?])\\s+")) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }

    private static boolean bracketsPair(String text) {
        StringBuilder open = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '[') {
                open.append(c);
            } else if (c == ')' || c == ']') {
                if (open.isEmpty() || open.charAt(open.length() - 1) != (c == ')' ? '(' : '[')) {
                    return false;
                }
                open.setLength(open.length() - 1);
            }
        }
        return open.isEmpty();
    }

    private static String around(String text, int from, int to) {
        return text.substring(Math.max(0, from - 30), Math.min(text.length(), to + 30));
    }
}
