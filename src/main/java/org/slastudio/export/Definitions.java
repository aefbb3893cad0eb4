package org.slastudio.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Clause;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Section;
import org.slastudio.model.Service;

/**
 * The defined terms an agreement needs, each defined once, in one alphabetical list: those its content uses, and the
 * definitions of the draft's own definitions clauses, which win over a generated definition of the same term.
 */
final class Definitions {

    record Term(String term, String meaning) {
    }

    private final List<Term> terms = new ArrayList<>();
    private final List<Clause> merged = new ArrayList<>();
    private final String ownDefinitions;
    private final String uptime;

    Definitions(Agreement agreement) {
        List<Clause> own = agreement.clauses().stream()
                .filter(c -> c != null && c.section() == Section.DEFINITIONS && c.text() != null).toList();
        ownDefinitions = own.stream().map(Clause::text).collect(Collectors.joining("\n"));
        for (Clause clause : own) {
            List<Term> parsed = OwnDefinitions.of(Placeholders.fill(clause.text(), agreement));
            if (!parsed.isEmpty()) {
                terms.addAll(parsed);
                merged.add(clause);
            }
        }
        uptime = definedByDraft("Monthly Availability") ? "Monthly Availability" : "Monthly Uptime Percentage";
        List<Service> services = agreement.services().stream().filter(Objects::nonNull).toList();
        List<AvailabilityWindow> windows = agreement.windows().stream().filter(Objects::nonNull).toList();
        List<Metric> metrics = agreement.metrics().stream().filter(Objects::nonNull).toList();
        CreditRegime regime = agreement.creditRegime();
        MeasurementPeriod period = agreement.overview() == null ? null : agreement.overview().measurementPeriod();

        add("Agreement", "means this service level agreement, including its tables.");
        if (!services.isEmpty()) {
            add("Service", "means each service listed in the table of Services and monthly fees, and “Services” means "
                    + "all of them.");
        }
        if (!windows.isEmpty()) {
            add("Availability Window", "means each schedule of hours, in its stated time zone, within which the "
                    + "availability of a Service is promised and measured.");
        }
        if (services.stream().anyMatch(s -> !s.levels().isEmpty())) {
            add("Downtime", "means time within an Availability Window during which a Service is unavailable, counted "
                    + "as set out in the Measurement section.");
            add("Measurement Period", "means each " + Wording.period(period) + " during the term of this Agreement"
                    + (period == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS
                            ? ", measured as a month of 30 days (43,200 minutes) whatever its number of days." : "."));
            add(uptime, "means, for a Service and an Availability Window, the time in the window "
                    + "in a Measurement Period that is not Downtime, as a percentage of all the time in the window in "
                    + "that period.");
        }
        if (services.stream().anyMatch(s -> !s.levels().isEmpty() && s.measurement() != null
                && s.measurement().method() == MeasurementMethod.REQUEST_COUNTS)) {
            add("Request", "means, for a Service measured by Requests, each request made to the Service (or execution "
                    + "of it) as recorded by the Provider's monitoring; a Request is valid unless this Agreement excludes "
                    + "it, and successful where the Service completed it without error.");
        }
        if (windows.stream().anyMatch(w -> w.maintenance().stream().anyMatch(Objects::nonNull))) {
            add("Maintenance Window", "means a recurring period set out in the table of Availability Windows in "
                    + "which the Provider may carry out Scheduled Maintenance.");
            add("Scheduled Maintenance", "means maintenance carried out within a Maintenance Window and announced "
                    + "with at least the notice stated for it.");
        }
        if (metrics.stream().anyMatch(m -> m.clockWindowId() != null)) {
            add("Business Hours", "means, for a measure whose clock runs in an Availability Window, the hours of "
                    + "that window.");
        }
        boolean claimsInBusinessDays = regime != null && regime.claimDeadline() != null
                && regime.claimDeadline().rule() != null && regime.claimDeadline().rule().businessDays();
        String clauseText = agreement.clauses().stream().filter(c -> c != null && c.text() != null).map(Clause::text)
                .collect(Collectors.joining("\n"));
        if (claimsInBusinessDays || clauseText.contains("Business Day") || metrics.stream().anyMatch(m -> m.priorityTargets().stream()
                .anyMatch(t -> t != null && t.dueBy() != null))) {
            add("Business Day", "means, for a measure or deadline that names an Availability Window, a day on which "
                    + "that window is open at some time, other than its holidays; the Business Day ends when the "
                    + "window's last hours that day end. An Incident logged outside the window's hours counts as "
                    + "logged when the window next opens." + (clauseText.contains("Business Day")
                    ? " Any other Business Day is a day from Monday to Friday that is not a public holiday where the"
                            + " party who must act is established." : ""));
        }
        if (regime != null && !regime.tiers().isEmpty()) {
            add("Service Credit", "means an amount credited to the Customer against its fees where a Service misses a "
                    + "credit-bearing service level, calculated under the Service credits section.");
        }
        if (regime != null && regime.atRisk() != null) {
            add("At-Risk Amount", "means the share of the monthly charges the Provider places at risk for Service "
                    + "Credits.");
        }
        if (regime != null && regime.earnBack() != null && regime.earnBack().followingPeriods() != null) {
            add("Earn-back", "means the Provider's right not to pay a Service Credit where it meets the service level "
                    + "in the Measurement Periods that follow the miss.");
        }
        if (metrics.stream().anyMatch(m -> m.kind() == MetricKind.RESPONSE_TIME || m.kind() == MetricKind.RESOLUTION_TIME)) {
            add("Incident", "means an unplanned interruption or reduction in the quality of a Service, logged with a "
                    + "Priority.");
            add("Priority", "means the urgency of an Incident, from Priority 1 (most urgent: a Service is down or "
                    + "unusable) to Priority 4 (least urgent).");
        }
        if (metrics.stream().anyMatch(m -> m.kind() == MetricKind.RESPONSE_TIME)) {
            add("Response Time", "means the time from the logging of an Incident to its acknowledgement by a "
                    + "qualified engineer who has begun work on it.");
        }
        if (metrics.stream().anyMatch(m -> m.kind() == MetricKind.RESOLUTION_TIME)) {
            add("Resolution Time", "means the time from the logging of an Incident until the Service is restored or "
                    + "a workaround acceptable to the Customer is in place.");
        }
        if (metrics.stream().anyMatch(m -> m.classification() == MetricClassification.CRITICAL)) {
            add("Critical Service Level", "means a measure whose miss earns Service Credits.");
        }
        if (metrics.stream().anyMatch(m -> m.classification() == MetricClassification.KEY)) {
            add("Key Measurement", "means a measure that is reported but earns no Service Credits.");
        }
        if (clauseText.contains("Force Majeure Event")) {
            add("Force Majeure Event", "means an event beyond the reasonable control of the party affected, such as "
                    + "fire, flood, war, terrorism, epidemic, an act of government or a failure of public power or "
                    + "telecommunications networks, that it could not have prevented by reasonable precautions; a "
                    + "failure of the Provider's own subcontractors is not one unless it arises from such an event.");
        }
        terms.sort(Comparator.comparing((Term t) -> t.term().toLowerCase(Locale.ROOT)));
    }

    /** The draft's definitions clauses whose every sentence is a definition: the list states them, not a clause. */
    boolean merged(Clause clause) {
        return merged.stream().anyMatch(c -> c == clause);
    }

    /** A term the draft's own definitions clause defines is left to it, so that it is defined once. */
    private void add(String term, String meaning) {
        if (!definedByDraft(term)) {
            terms.add(new Term(term, meaning));
        }
    }

    private boolean definedByDraft(String term) {
        return ownDefinitions.contains("\"" + term + "\"") || ownDefinitions.contains("“" + term + "”");
    }

    /** What the agreement calls the availability achieved in a period. */
    String uptime() {
        return uptime;
    }

    List<Term> terms() {
        return List.copyOf(terms);
    }
}
