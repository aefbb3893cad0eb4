package org.slastudio.clauses;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slastudio.model.Dates;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Service;
import org.slastudio.model.Term;

/** The overview's placeholders, the parties' and the agreed figures'. */
final class AgreementPlaceholders {
    static final List<String> FORMS = List.of(
            "agreement.title", "agreement.effectiveDate", "agreement.initialTerm", "agreement.renewalTerm",
            "agreement.noticePeriod", "agreement.measurementPeriod", "agreement.timeZone", "agreement.governingLaw",
            "provider.legalName", "provider.address", "customer.legalName", "customer.address",
            "party.<id>.legalName", "party.<id>.address", "figure.<id>");

    private AgreementPlaceholders() {
    }

    static FilledValue resolve(String[] p, Agreement a) {
        return switch (p[0]) {
            case "agreement" -> overview(p[1], a.overview());
            case "provider" -> party(byRole(a, PartyRole.PROVIDER), "no party is the provider", p[1]);
            case "customer" -> party(byRole(a, PartyRole.CUSTOMER), "no party is the customer", p[1]);
            case "party" -> party(a.party(p[1]).orElse(null), "the draft has no party '" + p[1] + "'", p[2]);
            default -> figure(a, p[1]);
        };
    }

    private static FilledValue overview(String field, Overview o) {
        if (o == null) {
            return FilledValue.missing("the draft has no overview");
        }
        Term term = o.term() == null ? Term.none() : o.term();
        return switch (field) {
            case "title" -> FilledValue.of(o.title(), "the agreement has no title", String::valueOf);
            case "effectiveDate" -> FilledValue.of(o.effectiveDate(), "the agreement has no effective date",
                    (LocalDate d) -> Dates.longDate(d, o.locale()));
            case "initialTerm" -> FilledValue.of(term.initialMonths(), "the initial term is not set", AgreementPlaceholders::months);
            case "renewalTerm" -> FilledValue.of(term.renewalMonths(), "the renewal term is not set", AgreementPlaceholders::months);
            case "noticePeriod" -> FilledValue.of(term.noticeDays(), "the notice period is not set",
                    d -> d + (d == 1 ? " day" : " days"));
            case "measurementPeriod" -> FilledValue.of(o.measurementPeriod(), "the measurement period is not set", ClauseWords::period);
            case "timeZone" -> FilledValue.of(o.timeZone(), "the agreement has no time zone", String::valueOf);
            default -> FilledValue.of(o.governingLaw(), "the governing law is not set", String::valueOf);
        };
    }

    private static String months(Integer m) {
        return m + (m == 1 ? " month" : " months");
    }

    /** The first party in the role; an internal agreement has none, so the provider and recipient of its first service stand in. */
    private static Party byRole(Agreement a, PartyRole role) {
        for (Party p : a.parties()) {
            if (p != null && p.role() == role) {
                return p;
            }
        }
        for (Service s : a.services()) {
            if (s != null) {
                return a.party(role == PartyRole.PROVIDER ? s.providerId() : s.recipientId()).orElse(null);
            }
        }
        return null;
    }

    private static FilledValue party(Party party, String whyMissing, String field) {
        if (party == null) {
            return FilledValue.missing(whyMissing);
        }
        String who = "party '" + (party.id() == null ? "" : party.id()) + "'";
        return field.equals("legalName")
                ? FilledValue.of(party.legalName(), who + " has no legal name", String::valueOf)
                : FilledValue.of(party.address(), who + " has no address", String::valueOf);
    }

    private static FilledValue figure(Agreement a, String id) {
        AgreedFigure f = a.figure(id).orElse(null);
        if (f == null) {
            return FilledValue.missing("the draft has no figure '" + id + "'");
        }
        String shown = Quantities.format(f.value());
        return shown.isEmpty() ? FilledValue.missing("figure '" + id + "' has no value") : FilledValue.of(shown);
    }
}
