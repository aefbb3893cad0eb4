package org.slastudio.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slastudio.model.Agreement;
import org.slastudio.model.Money;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.TermKey;
import org.slastudio.negotiation.WordDiff;

/**
 * The changes from one version of an agreement to the next as a lawyer writes them in a comparison: each cites the
 * clause of the new version that states the term, by number and caption ("Clause 4.2 (Services covered), Table 1"),
 * a deleted clause by its number in the previous version, and says in words what changed, with the values in the
 * agreement's own format. The words for each part of the agreement are in {@link OverviewComparison} (overview and
 * parties), {@link ServiceComparison}, {@link CreditComparison} and {@link ClauseComparison} (clauses, agreed figures).
 */
final class Comparison {

    /**
     * One entry of the comparison.
     *
     * @param marked a clause's words kept, deleted and inserted, shown after the entry; empty if none
     * @param quoted a new clause's paragraphs, shown after the entry; empty if none
     * @param order  the clause number it cites, for the order of the agreement; empty for the title page
     */
    record Entry(String text, List<WordDiff.Edit> marked, List<String> quoted, List<Integer> order) {
    }

    /**
     * Where a term is stated: a clause (or, failing that, its section) and the table in it.
     *
     * @param exact whether it is the heading sought, not the section a missing clause falls back to
     */
    record Cite(AgreementOutline.Heading heading, String table, boolean exact) {
        String text() {
            return heading.cited() + (table == null ? "" : ", " + table);
        }
    }

    final Agreement previous;
    final Agreement next;
    final AgreementOutline was;
    final AgreementOutline is;
    final ExportOptions options;
    /** "version 1.0", or "the previous version" where it has none. */
    final String previousVersion;
    private final OverviewComparison overview;
    private final ClauseComparison clauses;
    private final ServiceComparison services;
    private final CreditComparison credits;

    Comparison(Agreement previous, Agreement next, ExportOptions options) {
        this.previous = previous;
        this.next = next;
        this.options = options.in(next.overview() == null ? null : next.overview().locale());
        this.was = AgreementOutline.of(previous, options);
        this.is = AgreementOutline.of(next, options);
        this.previousVersion = version(previous, "the previous version");
        this.overview = new OverviewComparison(this);
        this.clauses = new ClauseComparison(this);
        this.services = new ServiceComparison(this);
        this.credits = new CreditComparison(this);
    }

    /** "version 1.0", or {@code otherwise} for a draft without a version. */
    static String version(Agreement agreement, String otherwise) {
        String v = agreement.overview() == null ? null : agreement.overview().version();
        return v == null || v.isBlank() ? otherwise : "version " + v.strip();
    }

    /** The entries, in the order of the agreement; the change of version itself is the heading's, not an entry. */
    List<Entry> entries(List<Change> changes) {
        List<Entry> entries = new ArrayList<>();
        Set<String> said = new LinkedHashSet<>();
        for (Change change : changes) {
            Entry entry = entry(change);
            // Two changes of one term (a claim deadline's count and its calendar) can come to the same sentence.
            if (entry != null && said.add(entry.text() + entry.marked() + entry.quoted())) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(Entry::order, Comparison::compareNumbers));
        return entries;
    }

    private Entry entry(Change change) {
        List<TermKey.Step> steps = change.term().steps();
        String top = steps.get(0).field();
        return switch (top) {
            case "overview", "parties" -> overview.entry(change);
            case "services", "windows", "metrics" -> services.entry(change);
            case "creditRegime" -> credits.entry(change, null);
            case "clauses", "figures" -> clauses.entry(change);
            default -> fallback(change);
        };
    }

    // ---- finding where a term is stated

    /** The clause with {@code caption} in {@code section} of {@code outline}, or else the section; null if neither. */
    static Cite where(AgreementOutline outline, String section, String caption, String table) {
        Optional<AgreementOutline.Heading> clause = caption == null ? Optional.empty() : outline.clause(section, caption);
        return clause.map(h -> new Cite(h, table(h, table), true))
                .or(() -> outline.section(section).map(h -> new Cite(h, null, caption == null))).orElse(null);
    }

    static Cite cite(AgreementOutline.Heading heading, String table) {
        return heading == null ? null : new Cite(heading, table(heading, table), true);
    }

    /** "Table 3", of the heading's table whose caption begins with {@code caption}. */
    private static String table(AgreementOutline.Heading heading, String caption) {
        if (caption == null) {
            return null;
        }
        return heading.tables().stream().filter(t -> t.caption().startsWith(caption)).map(AgreementOutline.Table::label)
                .findFirst().orElse(null);
    }

    /** The section a clause that cannot be found falls back to. */
    static Cite loose(Cite cite) {
        return cite == null ? null : new Cite(cite.heading(), cite.table(), false);
    }

    /** Whether the cite is the heading sought, not the section it falls back to. */
    static boolean isClause(Cite cite) {
        return cite != null && cite.exact();
    }

    // ---- sentences

    /** "Clause 4.2 (Services covered), Table 1: the monthly fee ... is increased from A to B." */
    Entry says(Cite cite, String clause) {
        String text = cite == null ? Wording.capitalised(clause) : cite.text() + ": " + clause;
        // A name can end with a full stop of its own: "... after Wingtip Media B.V."
        return new Entry(text.endsWith(".") ? text : text + ".", List.of(), List.of(), order(cite));
    }

    /**
     * "A new clause 8.4 (Earn-back) is inserted: {@code rest}."; where no clause of its own states it, {@code rest} (or,
     * without one, {@code what}) under the clause or section that does.
     */
    Entry inserted(Cite cite, String what, String rest) {
        if (isClause(cite)) {
            return new Entry("A new clause " + cite.heading().number() + " (" + AgreementOutline.short_(cite.heading().caption())
                    + ") is inserted" + (rest == null ? "." : ": " + rest + "."), List.of(), List.of(), order(cite));
        }
        return says(cite, rest == null ? what : rest);
    }

    /** "Clause 8.4 (Earn-back) is deleted: {@code rest}.", citing the previous version's number; else {@code what}. */
    Entry deleted(Cite cite, String what, String rest) {
        if (isClause(cite)) {
            return new Entry(cite.heading().cited() + " is deleted" + (rest == null ? "." : ": " + rest + "."), List.of(),
                    List.of(), order(cite));
        }
        return says(cite, what);
    }

    /**
     * "the monthly fee for the X is increased from A to B"; where only one version states the term, says which.
     *
     * @param verb "increased", "reduced", "changed" ...: how A became B
     */
    <T> String changed(String subject, T before, T after, Function<T, String> show, String verb) {
        before = before instanceof String text && text.isBlank() ? null : before;
        after = after instanceof String text && text.isBlank() ? null : after;
        if (before == null && after == null) {
            return "the " + subject + " is changed";
        }
        if (before == null) {
            return "the " + subject + " is set at " + show.apply(after) + ", where " + previousVersion + " stated none";
        }
        if (after == null) {
            return "the " + subject + ", " + show.apply(before) + " in " + previousVersion + ", is no longer stated";
        }
        return "the " + subject + " is " + verb + " from " + show.apply(before) + " to " + show.apply(after);
    }

    /** "increased" or "reduced" as the number went, "changed" where it cannot be told. */
    static String verb(Object before, Object after, String more, String less) {
        BigDecimal x = TermKey.number(before);
        BigDecimal y = TermKey.number(after);
        if (x == null || y == null || x.compareTo(y) == 0) {
            return "changed";
        }
        return y.compareTo(x) > 0 ? more : less;
    }

    static String verb(Object before, Object after) {
        return verb(before, after, "increased", "reduced");
    }

    String money(Money money) {
        return Wording.money(money, options.locale());
    }

    /** “name”, the way the agreement writes the names of windows and metrics. */
    static String quoted(String name) {
        return "“" + name + "”";
    }

    /** A name where the draft gives one, else the id (a draft may not name what it has), never null. */
    static String name(String name, String id) {
        return name != null && !name.isBlank() ? name.strip() : id != null && !id.isBlank() ? id : Wording.NOT_STATED;
    }

    /** The term's value in a version; its record {@code depth} steps down for the element a term sits in. */
    static Object at(Agreement agreement, TermKey key, int depth) {
        return key.prefix(depth).valueIn(agreement);
    }

    /** The last step's field: "monthlyFee" in {@code services[x].monthlyFee}. */
    static String field(Change change) {
        List<TermKey.Step> steps = change.term().steps();
        return steps.get(steps.size() - 1).field();
    }

    /** "Clause 1.1 (Purpose) is amended to read:" and the text with deleted words struck through, inserted underlined. */
    Entry amended(Cite cite, String before, String after) {
        String lead = (cite == null ? "The clause" : cite.heading().cited()) + " is amended to read:";
        return new Entry(lead, WordDiff.between(before == null ? "" : before, after == null ? "" : after), List.of(),
                order(cite));
    }

    /** "first", "after X": where an element moved to, by the element before it in the new list. */
    static <T> String place(List<T> list, T element, Function<Object, String> name) {
        int at = list.indexOf(element);
        return at <= 0 ? "first" : "after " + name.apply(list.get(at - 1));
    }

    static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return kept.isEmpty() ? Wording.NOT_STATED : String.join(", ", kept);
    }

    // ---- what no sentence above covers: the diff's own words, without its shorthand

    Entry fallback(Change change) {
        String text = change.description().replace(" -> ", " to ").replaceAll("'([^']*)'", "“$1”");
        return says(null, text);
    }

    // ---- order

    static List<Integer> order(Cite cite) {
        if (cite == null) {
            return List.of();
        }
        List<Integer> parts = new ArrayList<>();
        for (String p : cite.heading().number().split("\\.")) {
            try {
                parts.add(Integer.parseInt(p));
            } catch (NumberFormatException e) {
                parts.add(0);
            }
        }
        return parts;
    }

    private static int compareNumbers(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
