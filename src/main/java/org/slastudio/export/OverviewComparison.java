package org.slastudio.export;

import static org.slastudio.export.Comparison.at;
import static org.slastudio.export.Comparison.field;
import static org.slastudio.export.Comparison.join;
import static org.slastudio.export.Comparison.loose;
import static org.slastudio.export.Comparison.name;
import static org.slastudio.export.Comparison.place;
import static org.slastudio.export.Comparison.quoted;
import static org.slastudio.export.Comparison.verb;
import static org.slastudio.export.Comparison.where;

import java.util.Locale;
import java.util.Optional;
import org.slastudio.export.Comparison.Cite;
import org.slastudio.export.Comparison.Entry;
import org.slastudio.model.AgreementType;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.Renewal;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.TermKey;

/** The comparison's words for the overview (title, term, purpose, law, periods and currency) and the parties. */
final class OverviewComparison {
    private final Comparison c;

    OverviewComparison(Comparison comparison) {
        this.c = comparison;
    }

    Entry entry(Change change) {
        return change.term().steps().get(0).field().equals("parties") ? party(change) : overview(change);
    }

    private Entry overview(Change change) {
        TermKey key = change.term();
        Overview a = c.previous.overview();
        Overview b = c.next.overview();
        if (key.steps().size() == 1 || a == null || b == null) {
            return null; // a draft always has an overview; only a damaged file lacks one
        }
        Object x = key.valueIn(c.previous);
        Object y = key.valueIn(c.next);
        return switch (field(change)) {
            case "title" -> c.says(null, c.changed("title of the Agreement", (String) x, (String) y, Comparison::quoted, "changed"));
            case "type" -> c.says(null, "the Agreement is " + (x == null ? "" : "changed from " + type((AgreementType) x) + " ")
                    + "to " + type((AgreementType) y));
            case "effectiveDate" -> c.says(term(), c.changed("Effective Date", a.effectiveDate(), b.effectiveDate(),
                    d -> Wording.date(d, c.options.locale()),
                    verb(epochDay(a.effectiveDate()), epochDay(b.effectiveDate()), "postponed", "brought forward")));
            case "initialMonths" -> c.says(term(), c.changed("initial term", (Integer) x, (Integer) y,
                    n -> Wording.plural(n, "month"), verb(x, y, "extended", "shortened")));
            case "renewalMonths" -> c.says(term(), c.changed("renewal term", (Integer) x, (Integer) y,
                    n -> Wording.plural(n, "month"), verb(x, y, "extended", "shortened")));
            case "noticeDays" -> c.says(term(), c.changed("notice to end the Agreement", (Integer) x, (Integer) y,
                    n -> Wording.plural(n, "day"), verb(x, y, "extended", "shortened")));
            case "renewal" -> c.says(term(), "the Agreement " + renewal((Renewal) y) + ", where in " + c.previousVersion + " it "
                    + renewal((Renewal) x));
            case "term" -> c.says(term(), "the term of the Agreement is stated: " + Wording.term(b.term()));
            case "purpose" -> c.amended(where(c.is, "Overview", "Purpose", null), a.purpose(), b.purpose());
            case "governingLaw" -> c.says(where(c.is, "Overview", "Governing law", null), c.changed("governing law",
                    (String) x, (String) y, Wording::text, "changed"));
            case "currency" -> c.says(periods(), c.changed("currency of the Agreement", a.currency(), b.currency(),
                    c -> c.getDisplayName(Locale.UK) + " (" + c.getCurrencyCode() + ")", "changed"));
            case "measurementPeriod" -> c.says(periods(), measurementPeriod(a.measurementPeriod(), b.measurementPeriod()));
            case "timeZone" -> c.says(periods(), c.changed("time zone of the Agreement's times and deadlines", a.timeZone(),
                    b.timeZone(), Object::toString, "changed"));
            case "version" -> null;
            default -> c.fallback(change);
        };
    }

    private static Long epochDay(java.time.LocalDate d) {
        return d == null ? null : d.toEpochDay();
    }

    private Cite term() {
        return where(c.is, "Overview", "Term", null);
    }

    private Cite periods() {
        return where(c.is, "Overview", "Periods, time and currency", null);
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

    // ---- parties

    private Entry party(Change change) {
        TermKey key = change.term();
        Party a = (Party) at(c.previous, key, 1);
        Party b = (Party) at(c.next, key, 1);
        if (change.kind() == Change.Kind.REMOVED) {
            return a == null ? null : c.deleted(partyClause(c.was, a), "the party " + partyName(a) + " is deleted",
                    partyName(a) + " is no longer a party to the Agreement");
        }
        if (b == null) {
            return null;
        }
        Cite cite = partyClause(c.is, b);
        if (change.kind() == Change.Kind.ADDED) {
            return c.inserted(cite, partyName(b) + " is added as a party", partyName(b) + " becomes a party to the Agreement as the "
                    + AgreementDocument.role(b.role()));
        }
        if (change.kind() == Change.Kind.MOVED) {
            return c.says(where(c.is, "Parties", null, null), partyName(b) + " is now listed " + place(c.next.parties(), b,
                    p -> partyName((Party) p)));
        }
        if (a == null) {
            return null;
        }
        String role = "the " + AgreementDocument.role(b.role());
        return switch (field(change)) {
            case "role" -> c.says(cite, partyName(b) + " is now " + role + " instead of the " + AgreementDocument.role(a.role()));
            case "legalName" -> c.says(cite, c.changed("name of " + role, a.legalName(), b.legalName(), Comparison::quoted, "changed"));
            case "address" -> c.says(cite, c.changed("address of " + role, a.address(), b.address(), OverviewComparison::oneLine, "changed"));
            case "contact" -> c.says(cite, c.changed("contact of " + role, a.contact(), b.contact(),
                    c -> join(c.name(), c.email(), c.phone()), "changed"));
            case "signatory" -> c.says(Optional.ofNullable(where(c.is, "Signatures", null, null)).orElse(cite),
                    c.changed("signatory for " + partyName(b), a.signatory(), b.signatory(), s -> join(s.name(), s.title()), "changed"));
            default -> c.fallback(change);
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

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", ", ");
    }
}
