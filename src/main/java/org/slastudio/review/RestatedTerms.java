package org.slastudio.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slastudio.clauses.DraftTerms;
import org.slastudio.clauses.DraftTerms.DraftTerm;
import org.slastudio.clauses.FiguresInText;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;

/**
 * A clause that states again, in its own section, a term the exported agreement already states in a clause it writes
 * from the draft (the credit tiers under "Credit tiers", the targets under "Service levels"...). The rule then appears
 * twice, and a reader must check that both say the same; a note, since the clause may be a deliberate summary. A
 * clause of the draft's own that states the sole remedy is not one: the agreement then leaves its own out.
 */
final class RestatedTerms implements ReviewRule {

    /** Where the agreement states a term, by the placeholder that names it. */
    private record Home(Section section, String caption, String what) {
    }

    @Override
    public void check(Agreement a, Findings out) {
        List<DraftTerm> terms = null;
        for (int i = 0; i < a.clauses().size(); i++) {
            Clause c = a.clauses().get(i);
            if (c == null || c.section() == null || c.text() == null) {
                continue;
            }
            List<String> names = new ArrayList<>(Placeholders.names(c.text()));
            List<FiguresInText.Stated> typed = FiguresInText.in(c.text());
            if (!typed.isEmpty()) {
                terms = terms == null ? DraftTerms.of(a) : terms;
                for (FiguresInText.Stated s : typed) {
                    if (StatedFigures.CONSTANTS.stream().anyMatch(s.quantity()::sameAs)) {
                        continue;
                    }
                    terms.stream().filter(t -> t.placeholder() != null && t.value().sameAs(s.quantity()))
                            .forEach(t -> names.add(t.placeholder().replaceAll("^\\{\\{|}}$", "")));
                }
            }
            Set<String> what = new LinkedHashSet<>();
            Set<String> captions = new LinkedHashSet<>();
            for (String name : names) {
                Home home = home(name);
                if (home != null && home.section() == c.section() && Placeholders.value(name, a).isPresent()) {
                    what.add(home.what());
                    captions.add(home.caption());
                }
            }
            if (c.section() == Section.OVERVIEW && a.overview() != null && a.overview().purpose() != null
                    && !a.overview().purpose().isBlank() && c.heading() != null
                    && c.heading().strip().toLowerCase(Locale.ROOT).startsWith("purpose")) {
                what.add("the purpose of the Agreement");
                captions.add("Purpose");
            }
            if (!what.isEmpty()) {
                out.info(Paths.clause(i) + ".text", Describe.clause(c, i) + " restates " + and(List.copyOf(what))
                                + ", which the exported agreement already states in " + and(captions.stream()
                                .map(t -> t.startsWith("the ") ? t : "\"" + t + "\"").toList())
                                + " of the same section: the rule then appears twice.",
                        "State each rule once: take these terms out of the clause and keep what the agreement's own"
                                + " clauses do not say.");
            }
        }
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static Home home(String placeholder) {
        String[] p = placeholder.split("\\.");
        String last = p[p.length - 1];
        return switch (p[0]) {
            case "credits" -> switch (p.length > 1 ? p[1] : "") {
                case "tier", "tiers", "feeBasis" -> new Home(Section.SERVICE_CREDITS, "Credit tiers", "the credit tiers");
                case "monthlyCap", "rollingTwelveMonthCap", "minimumCredit" ->
                        new Home(Section.SERVICE_CREDITS, "Caps and minimum", "the caps and minimum credit");
                case "atRisk", "poolAllocation" -> new Home(Section.SERVICE_CREDITS, "At-Risk Amount", "the At-Risk Amount");
                case "earnBackPeriods", "earnBackTarget" -> new Home(Section.SERVICE_CREDITS, "Earn-back", "the earn-back");
                case "claimDeadline" -> new Home(Section.SERVICE_CREDITS, "Claims", "the claim deadline");
                default -> null;
            };
            case "service" -> p.length < 3 ? null : switch (p[2]) {
                case "target" -> new Home(Section.AVAILABILITY, "Service levels", "the availability targets");
                case "monthlyFee" -> new Home(Section.SERVICES, "Services covered", "the monthly fees");
                case "minimumOutage", "interval", "errorThreshold" ->
                        new Home(Section.MEASUREMENT, "How Downtime is counted", "the measurement rules");
                default -> null;
            };
            case "window" -> switch (last) {
                case "hours", "maintenance", "maintenanceNotice" ->
                        new Home(Section.AVAILABILITY, "Availability Windows", "the hours of the Availability Windows");
                default -> null;
            };
            case "metric" -> "target".equals(last) ? new Home(Section.METRICS, "Response and resolution times",
                    "the metrics' targets") : null;
            case "agreement" -> switch (last) {
                case "initialTerm", "renewalTerm", "noticePeriod", "effectiveDate" ->
                        new Home(Section.OVERVIEW, "Term", "the term of the Agreement");
                case "governingLaw" -> new Home(Section.OVERVIEW, "Governing law", "the governing law");
                default -> null;
            };
            case "provider", "customer", "party" -> "address".equals(last)
                    ? new Home(Section.PARTIES, "the clause of each party", "the parties' addresses") : null;
            default -> null;
        };
    }
}
