package org.slastudio.export;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slastudio.clauses.Placeholders;
import org.slastudio.clauses.Quantities;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.Clause;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.Renewal;
import org.slastudio.model.Section;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.TermKey;
import org.slastudio.negotiation.WordDiff;

/**
 * The changes from one version of an agreement to the next as a lawyer writes them in a comparison: each cites the
 * clause of the new version that states the term, by number and caption ("Clause 4.2 (Services covered), Table 1"),
 * a deleted clause by its number in the previous version, and says in words what changed, with the values in the
 * agreement's own format. Overview, parties, clauses and agreed figures are worded here; services, windows and
 * metrics in {@link ServiceComparison}, the credit regime in {@link CreditComparison}.
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
    private final ServiceComparison services;
    private final CreditComparison credits;

    Comparison(Agreement previous, Agreement next, ExportOptions options) {
        this.previous = previous;
        this.next = next;
        this.options = options;
        this.was = AgreementOutline.of(previous, options);
        this.is = AgreementOutline.of(next, options);
        this.previousVersion = version(previous, "the previous version");
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
            case "overview" -> overview(change);
            case "parties" -> party(change);
            case "services", "windows", "metrics" -> services.entry(change);
            case "creditRegime" -> credits.entry(change, null);
            case "clauses" -> clause(change);
            case "figures" -> figure(change);
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
        BigDecimal x = number(before);
        BigDecimal y = number(after);
        if (x == null || y == null || x.compareTo(y) == 0) {
            return "changed";
        }
        return y.compareTo(x) > 0 ? more : less;
    }

    static String verb(Object before, Object after) {
        return verb(before, after, "increased", "reduced");
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Money m) {
            return m.amount();
        }
        if (value instanceof Duration d) {
            return BigDecimal.valueOf(d.toSeconds());
        }
        return null;
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

    // ---- overview

    private Entry overview(Change change) {
        TermKey key = change.term();
        Overview a = previous.overview();
        Overview b = next.overview();
        if (key.steps().size() == 1 || a == null || b == null) {
            return null; // a draft always has an overview; only a damaged file lacks one
        }
        Object x = key.valueIn(previous);
        Object y = key.valueIn(next);
        return switch (field(change)) {
            case "title" -> says(null, changed("title of the Agreement", (String) x, (String) y, Comparison::quoted, "changed"));
            case "type" -> says(null, "the Agreement is " + (x == null ? "" : "changed from " + type((AgreementType) x) + " ")
                    + "to " + type((AgreementType) y));
            case "effectiveDate" -> says(term(), changed("Effective Date", a.effectiveDate(), b.effectiveDate(), Wording::date,
                    verb(epochDay(a.effectiveDate()), epochDay(b.effectiveDate()), "postponed", "brought forward")));
            case "initialMonths" -> says(term(), changed("initial term", (Integer) x, (Integer) y,
                    n -> Wording.plural(n, "month"), verb(x, y, "extended", "shortened")));
            case "renewalMonths" -> says(term(), changed("renewal term", (Integer) x, (Integer) y,
                    n -> Wording.plural(n, "month"), verb(x, y, "extended", "shortened")));
            case "noticeDays" -> says(term(), changed("notice to end the Agreement", (Integer) x, (Integer) y,
                    n -> Wording.plural(n, "day"), verb(x, y, "extended", "shortened")));
            case "renewal" -> says(term(), "the Agreement " + renewal((Renewal) y) + ", where in " + previousVersion + " it "
                    + renewal((Renewal) x));
            case "term" -> says(term(), "the term of the Agreement is stated: " + Wording.term(b.term()));
            case "purpose" -> amended(where(is, "Overview", "Purpose", null), a.purpose(), b.purpose());
            case "governingLaw" -> says(where(is, "Overview", "Governing law", null), changed("governing law",
                    (String) x, (String) y, Wording::text, "changed"));
            case "currency" -> says(periods(), changed("currency of the Agreement", a.currency(), b.currency(),
                    c -> c.getDisplayName(Locale.UK) + " (" + c.getCurrencyCode() + ")", "changed"));
            case "measurementPeriod" -> says(periods(), measurementPeriod(a.measurementPeriod(), b.measurementPeriod()));
            case "timeZone" -> says(periods(), changed("time zone of the Agreement's times and deadlines", a.timeZone(),
                    b.timeZone(), Object::toString, "changed"));
            case "version" -> null;
            default -> fallback(change);
        };
    }

    private static Long epochDay(java.time.LocalDate d) {
        return d == null ? null : d.toEpochDay();
    }

    private Cite term() {
        return where(is, "Overview", "Term", null);
    }

    private Cite periods() {
        return where(is, "Overview", "Periods, time and currency", null);
    }

    private static String type(AgreementType type) {
        if (type == null) {
            return "an agreement of no stated type";
        }
        return switch (type) {
            case SERVICE_BASED -> "a service-based agreement";
            case CUSTOMER_BASED -> "a customer-based agreement";
            case MULTI_LEVEL -> "a multi-level agreement";
            case INTERNAL -> "an internal (operational) agreement";
        };
    }

    private static String renewal(Renewal renewal) {
        if (renewal == null || renewal == Renewal.NONE) {
            return "ends with its initial term";
        }
        return renewal == Renewal.AUTOMATIC ? "renews automatically" : "renews only where the parties agree so in writing";
    }

    /** A calendar month measured as 30 days is still a calendar month in Wording; here the difference is the point. */
    private static String measurementPeriod(MeasurementPeriod before, MeasurementPeriod after) {
        boolean x = before == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS;
        boolean y = after == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS;
        if (x != y && Wording.period(before).equals(Wording.period(after))) {
            return y ? "each calendar month is now measured as a month of 30 days (43,200 minutes for a window open around"
                    + " the clock), instead of by its own length"
                    : "each calendar month is now measured by its own length, instead of as a month of 30 days";
        }
        return "service levels are measured over each " + Wording.period(after) + " instead of each " + Wording.period(before);
    }

    /** "Clause 1.1 (Purpose) is amended to read:" and the text with deleted words struck through, inserted underlined. */
    private Entry amended(Cite cite, String before, String after) {
        String lead = (cite == null ? "The clause" : cite.heading().cited()) + " is amended to read:";
        return new Entry(lead, WordDiff.between(before == null ? "" : before, after == null ? "" : after), List.of(),
                order(cite));
    }

    // ---- parties

    private Entry party(Change change) {
        TermKey key = change.term();
        Party a = (Party) at(previous, key, 1);
        Party b = (Party) at(next, key, 1);
        if (change.kind() == Change.Kind.REMOVED) {
            return a == null ? null : deleted(partyClause(was, a), "the party " + partyName(a) + " is deleted",
                    partyName(a) + " is no longer a party to the Agreement");
        }
        if (b == null) {
            return null;
        }
        Cite cite = partyClause(is, b);
        if (change.kind() == Change.Kind.ADDED) {
            return inserted(cite, partyName(b) + " is added as a party", partyName(b) + " becomes a party to the Agreement as the "
                    + AgreementDocument.role(b.role()));
        }
        if (change.kind() == Change.Kind.MOVED) {
            return says(where(is, "Parties", null, null), partyName(b) + " is now listed " + place(next.parties(), b,
                    p -> partyName((Party) p)));
        }
        if (a == null) {
            return null;
        }
        String role = "the " + AgreementDocument.role(b.role());
        return switch (field(change)) {
            case "role" -> says(cite, partyName(b) + " is now " + role + " instead of the " + AgreementDocument.role(a.role()));
            case "legalName" -> says(cite, changed("name of " + role, a.legalName(), b.legalName(), Comparison::quoted, "changed"));
            case "address" -> says(cite, changed("address of " + role, a.address(), b.address(), Comparison::oneLine, "changed"));
            case "contact" -> says(cite, changed("contact of " + role, a.contact(), b.contact(),
                    c -> join(c.name(), c.email(), c.phone()), "changed"));
            case "signatory" -> says(Optional.ofNullable(where(is, "Signatures", null, null)).orElse(cite),
                    changed("signatory for " + partyName(b), a.signatory(), b.signatory(), s -> join(s.name(), s.title()), "changed"));
            default -> fallback(change);
        };
    }

    private static Cite partyClause(AgreementOutline outline, Party party) {
        String name = Wording.text(party.legalName());
        return outline.clause("Parties", c -> AgreementOutline.short_(c).equals(name)).map(h -> new Cite(h, null, true))
                .orElseGet(() -> loose(where(outline, "Parties", null, null)));
    }

    private static String partyName(Party p) {
        return name(p.legalName(), p.id());
    }

    /** "first", "after X": where an element moved to, by the element before it in the new list. */
    static <T> String place(List<T> list, T element, Function<Object, String> name) {
        int at = list.indexOf(element);
        return at <= 0 ? "first" : "after " + name.apply(list.get(at - 1));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", ", ");
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

    // ---- clauses

    private Entry clause(Change change) {
        TermKey key = change.term();
        Clause a = (Clause) at(previous, key, 1);
        Clause b = (Clause) at(next, key, 1);
        switch (change.kind()) {
            case REMOVED -> {
                if (a == null) {
                    return null;
                }
                Cite cite = prose(was, previous, a);
                Optional<AgreementOutline.Heading> section = was.section(sectionTitle(a.section()));
                if (isClause(cite) && section.isPresent() && is.section(section.get().caption()).isEmpty()) {
                    // The section goes with its last clause: the reader looks for the section's number.
                    return new Entry(section.get().cited() + " is deleted, with clause " + cite.heading().number() + " ("
                            + cite.heading().caption() + ").", List.of(), List.of(), order(cite));
                }
                return deleted(cite, "the clause " + quoted(caption(a, previous)) + " is deleted", null);
            }
            case ADDED -> {
                if (b == null) {
                    return null;
                }
                Cite cite = prose(is, next, b);
                Optional<AgreementOutline.Heading> section = is.section(sectionTitle(b.section()));
                Entry lead = isClause(cite) && section.isPresent() && was.section(section.get().caption()).isEmpty()
                        ? new Entry("A new clause " + section.get().number() + " (" + section.get().caption() + ") is inserted, with "
                        + "clause " + cite.heading().number() + " (" + cite.heading().caption() + ").", List.of(), List.of(), order(cite))
                        : inserted(cite, "a new clause " + quoted(caption(b, next)) + " is inserted", null);
                String text = lead.text().endsWith(".") ? lead.text().substring(0, lead.text().length() - 1) + ":" : lead.text();
                return new Entry(text, List.of(), AgreementDocument.paragraphs(Placeholders.fill(b.text(), next)), lead.order());
            }
            case MOVED -> {
                Cite from = a == null ? null : prose(was, previous, a);
                Cite to = b == null ? null : prose(is, next, b);
                if (!isClause(from) || !isClause(to)) {
                    return null;
                }
                return new Entry(from.heading().cited() + " is moved and becomes clause " + to.heading().number() + ".",
                        List.of(), List.of(), order(to));
            }
            default -> {
                if (a == null || b == null) {
                    return null;
                }
                String before = Placeholders.fill(a.text() == null ? "" : a.text(), previous);
                String after = Placeholders.fill(b.text() == null ? "" : b.text(), next);
                // A placeholder written out as its value reads the same: nothing changes for the reader.
                return before.equals(after) ? null : amended(prose(is, next, b), before, after);
            }
        }
    }

    /** The draft's own clause as the agreement captions it, placeholders filled in. */
    private static String caption(Clause clause, Agreement agreement) {
        return clause.heading() == null || clause.heading().isBlank() ? "General"
                : Placeholders.fill(clause.heading().strip(), agreement);
    }

    private static Cite prose(AgreementOutline outline, Agreement agreement, Clause clause) {
        String section = sectionTitle(clause.section());
        String caption = caption(clause, agreement);
        // The draft's clauses come first in their section, so the first with the caption is the draft's own.
        return outline.clause(section, caption).or(() -> outline.clause(null, caption)).map(h -> new Cite(h, null, true))
                .orElseGet(() -> loose(where(outline, section, null, null)));
    }

    /** The section's title in the agreement, as AgreementDocument writes it. */
    static String sectionTitle(Section section) {
        if (section == null) {
            return "";
        }
        return switch (section) {
            case OVERVIEW -> "Overview";
            case DEFINITIONS -> "Definitions and interpretation";
            case PARTIES -> "Parties";
            case SERVICES -> "Services";
            case AVAILABILITY -> "Availability";
            case MEASUREMENT -> "Measurement";
            case EXCLUSIONS -> "Exclusions";
            case SERVICE_CREDITS -> "Service credits";
            case METRICS -> "Metrics";
            case REPORTING -> "Reporting";
            case ESCALATION -> "Escalation";
            case TERMINATION -> "Termination";
            case REVIEW_OF_SERVICE_LEVELS -> "Review of service levels";
        };
    }

    // ---- agreed figures: stated in the clauses that name them

    private Entry figure(Change change) {
        TermKey key = change.term();
        AgreedFigure a = (AgreedFigure) at(previous, key, 1);
        AgreedFigure b = (AgreedFigure) at(next, key, 1);
        AgreedFigure any = b != null ? b : a;
        if (any == null || change.kind() == Change.Kind.MOVED || "name".equals(field(change)) && key.steps().size() > 1) {
            return null; // the order and the names of figures are the draft's; the agreement prints only their values
        }
        Agreement where = b != null ? next : previous;
        Agreement other = b != null ? previous : next;
        List<Cite> cites = new ArrayList<>();
        boolean onlyInNewOrDeletedClauses = change.kind() != Change.Kind.CHANGED;
        for (Clause clause : where.clauses()) {
            if (clause != null && clause.text() != null && clause.text().contains("{{figure." + any.id() + "}}")) {
                onlyInNewOrDeletedClauses &= !other.clauses().contains(clause);
                Cite cite = prose(b != null ? is : was, where, clause);
                if (isClause(cite)) {
                    cites.add(cite);
                }
            }
        }
        if (onlyInNewOrDeletedClauses && !cites.isEmpty()) {
            return null; // the clause inserted or deleted with it states it
        }
        String figure = "agreed figure " + quoted(name(any.name(), any.id()));
        String sentence = switch (change.kind()) {
            case ADDED -> "the " + figure + " of " + Quantities.format(b.value()) + " is inserted";
            case REMOVED -> "the " + figure + " of " + Quantities.format(a.value()) + " is deleted";
            default -> changed(figure, a.value(), b.value(), Quantities::format, "changed");
        };
        if (cites.isEmpty()) {
            return says(null, sentence);
        }
        String lead = (cites.size() == 1 ? "Clause " : "Clauses ") + Wording.list(cites.stream()
                .map(c -> c.heading().number() + " (" + c.heading().caption() + ")").toList());
        return new Entry(lead + ": " + sentence + ".", List.of(), List.of(), order(cites.get(0)));
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
