package org.slastudio.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slastudio.export.OpenSloChoices.Budgeting;
import org.slastudio.export.OpenSloChoices.Unstatable;
import org.slastudio.export.OpenSloObjective.Counting;
import org.slastudio.export.OpenSloObjective.Indicator;
import org.slastudio.export.OpenSloObjective.ServiceEntry;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.Overview;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

/**
 * The SLOs an agreement states: one per service level (a service's target in one availability window), then one per
 * metric that is a percentage of events ({@link OpenSloMetrics}), with the {@code Service} documents they name, and
 * a line for every objective OpenSLO cannot state.
 */
final class OpenSloPlan {
    /** OpenSLO's limit on every description. */
    static final int DESCRIPTION_MAX = 1050;
    static final String PLACEHOLDERS = "The indicator's metric sources are placeholders (type Placeholder): replace"
            + " them with your monitoring's queries";
    static final String INDICATOR = "Placeholder: replace each metric source with the query that counts what its spec.query says.";

    final Agreement agreement;
    final MeasurementPeriod period;
    /** The start of the first period: the effective date, or a stand-in while the draft has none. */
    final LocalDate anchor;
    final boolean anchorIsStandIn;
    final OpenSloNames sloNames = new OpenSloNames();
    private final OpenSloNames serviceNames = new OpenSloNames();
    private final Map<Integer, String> serviceName = new LinkedHashMap<>();
    private final Map<String, ServiceEntry> usedServices = new LinkedHashMap<>();
    private final String fingerprint;
    private String agreementService;
    final List<OpenSloObjective> objectives = new ArrayList<>();
    final List<String> leftOut = new ArrayList<>();

    private OpenSloPlan(Agreement agreement, String fingerprint, LocalDate today) {
        this.agreement = agreement;
        this.fingerprint = fingerprint;
        Overview o = agreement.overview() == null ? Overview.blank() : agreement.overview();
        this.period = o.measurementPeriod() == null ? MeasurementPeriod.CALENDAR_MONTH : o.measurementPeriod();
        this.anchorIsStandIn = o.effectiveDate() == null;
        this.anchor = anchorIsStandIn ? today : o.effectiveDate();
        for (int i = 0; i < agreement.services().size(); i++) {
            Service s = agreement.services().get(i);
            if (s != null) {
                serviceName.put(i, serviceNames.unique(s.id(), "service"));
            }
        }
    }

    /** @param fingerprint the draft's short fingerprint, as printed on the agreement's pages */
    static OpenSloPlan of(Agreement agreement, String fingerprint, LocalDate today) {
        OpenSloPlan plan = new OpenSloPlan(agreement, fingerprint, today);
        for (int i = 0; i < agreement.services().size(); i++) {
            Service s = agreement.services().get(i);
            for (int j = 0; s != null && j < s.levels().size(); j++) {
                if (s.levels().get(j) != null) {
                    plan.level(i, s, j, s.levels().get(j));
                }
            }
        }
        OpenSloMetrics.addTo(plan);
        return plan;
    }

    List<ServiceEntry> services() {
        return List.copyOf(usedServices.values());
    }

    private void level(int i, Service s, int j, ServiceLevel level) {
        String where = "services[" + i + "].levels[" + j + "]";
        String service = named(s.name(), s.id());
        AvailabilityWindow w = agreement.window(level.windowId()).orElse(null);
        String windowName = w == null ? named(null, level.windowId()) : named(w.name(), w.id());
        try {
            if (w == null) {
                throw new Unstatable(level.windowId() == null || level.windowId().isBlank() ? "it names no window"
                        : "its window \"" + level.windowId() + "\" is not defined");
            }
            BigDecimal target = OpenSloChoices.target(level.targetPercent());
            if (s.measurement() != null && s.measurement().method() == null) {
                throw new Unstatable("the service's measurement names no method");
            }
            MeasurementRule rule = s.measurement() == null ? MeasurementRule.timeBased() : s.measurement();
            Budgeting budgeting = OpenSloChoices.budgeting(rule);
            ZoneId zone = OpenSloChoices.periodZone(rule, zone(), w.zone());
            boolean partial = !w.isTwentyFourSeven() || !w.holidays().isEmpty() || !w.maintenance().isEmpty();
            String in = partial ? " in the window " + windowName : "";
            boolean checks = rule.method() == MeasurementMethod.TIME_BASED;
            Indicator indicator = new Indicator(null,
                    OpenSloNames.display((checks ? "Availability checks of " : "Valid requests to ") + service),
                    INDICATOR, Counting.GOOD_OVER_TOTAL,
                    (checks ? "successful availability checks of " + service : "valid requests to " + service + " that succeed") + in,
                    (checks ? "all availability checks of " + service : "all valid requests to " + service) + in);
            String description = service + ": " + level.targetPercent().toPlainString() + "% availability in the window "
                    + windowName + " (" + WindowWording.window(w) + "), " + OpenSloChoices.perPeriod(period, anchor)
                    + (level.creditBearing() ? "; a miss earns service credits. " : "; reported, no service credits. ")
                    + agreed() + method(rule) + caveats(period)
                    + PLACEHOLDERS + (partial ? ", counting only the time the window measures." : ".");
            Map<String, String> annotations = annotations(where + ".targetPercent");
            annotations.put("sla-studio/credit-bearing", Boolean.toString(level.creditBearing()));
            add(new OpenSloObjective(null, OpenSloNames.display(service + ", " + windowName), serviceOf(i),
                    description, budgeting, OpenSloChoices.timeWindow(period, anchor, zone),
                    level.targetPercent().toPlainString() + "% in " + windowName, target, null, indicator, annotations),
                    named(s.id(), "service") + "-" + w.id());
        } catch (Unstatable e) {
            leftOut.add(where + " (" + service + " in " + windowName + "): " + e.getMessage());
        }
    }

    /** Adds the objective under a unique name made from {@code nameFrom}; the inline indicator takes the same name. */
    void add(OpenSloObjective o, String nameFrom) {
        objectives.add(o.named(sloNames.unique(nameFrom, "slo"), limit(o.description())));
    }

    /** The {@code Service} document of the draft's service at {@code index}, added to the export on first use. */
    String serviceOf(int index) {
        Service s = agreement.services().get(index);
        String name = serviceName.get(index);
        usedServices.computeIfAbsent(name, n -> new ServiceEntry(n, OpenSloNames.display(named(s.name(), s.id())),
                s.description() == null || s.description().isBlank() ? null : limit(s.description().strip())));
        return name;
    }

    /** The {@code Service} document for objectives that name no service: the agreement as a whole. */
    String agreementService() {
        if (agreementService == null) {
            String title = agreement.overview() == null ? null : agreement.overview().title();
            agreementService = serviceNames.unique(title, "agreement");
            usedServices.put(agreementService, new ServiceEntry(agreementService, OpenSloNames.display(named(title, "Agreement")),
                    "Objectives of the agreement as a whole, which name no single service."));
        }
        return agreementService;
    }

    ZoneId zone() {
        return agreement.overview() == null ? null : agreement.overview().timeZone();
    }

    /** "Agreed in Managed Cloud Hosting Service Level Agreement, version 1.0. " */
    String agreed() {
        Overview o = agreement.overview();
        String title = o == null ? null : o.title();
        String version = o == null ? null : o.version();
        return "Agreed in " + named(title, "the agreement") + (version == null || version.isBlank() ? "" : ", version " + version.strip())
                + (fingerprint == null ? "" : " (fingerprint " + fingerprint + ")") + ". ";
    }

    /** What OpenSLO cannot follow in the period or its anchor, each a sentence with a space after it. */
    String caveats(MeasurementPeriod period) {
        StringBuilder out = new StringBuilder();
        OpenSloChoices.periodCaveat(period).ifPresent(c -> out.append(c).append(' '));
        if (anchorIsStandIn && period == MeasurementPeriod.FIXED_30_DAY_MONTH) {
            out.append("The agreement has no effective date yet, so the 30-day periods here start on ").append(anchor)
                    .append(" as a stand-in: set calendar.startTime to the effective date. ");
        }
        return out.toString();
    }

    /** Where the objective comes from, for the engineers and for a later check against the signed copy. */
    Map<String, String> annotations(String term) {
        Map<String, String> a = new LinkedHashMap<>();
        Overview o = agreement.overview();
        if (o != null && o.title() != null && !o.title().isBlank()) {
            a.put("sla-studio/agreement", o.title().strip());
        }
        if (o != null && o.version() != null && !o.version().isBlank()) {
            a.put("sla-studio/version", o.version().strip());
        }
        if (fingerprint != null) {
            a.put("sla-studio/fingerprint", fingerprint);
        }
        a.put("sla-studio/term", term);
        return a;
    }

    /** How the service's measurement is counted here, and where the SLO differs from the agreement. */
    private static String method(MeasurementRule rule) {
        Integer minimum = rule.minimumOutageMinutes();
        boolean hasMinimum = minimum != null && minimum > 0 && rule.method().hasOutages();
        boolean moreThan = rule.bound() == MinimumOutageBound.MORE_THAN;
        String strict = "; this SLO does, so it errs on the strict side. ";
        return switch (rule.method()) {
            case TIME_BASED -> "Downtime counts by the minute: a minute is bad when any availability check in it fails. "
                    + (hasMinimum ? "The agreement does not count outages " + (moreThan ? "of " + minutes(minimum)
                    + " or less" : "shorter than " + minutes(minimum)) + strict : "")
                    + (rule.clockStart() == ClockStart.AT_FAULT_REPORT ? "The agreement counts downtime from the"
                    + " customer's fault report; this SLO counts from the failure. " : "");
            case INTERVAL_SHARE -> "Each " + rule.intervalMinutes() + "-minute interval is bad when more than "
                    + rule.errorRateThresholdPercent().toPlainString() + "% of valid requests fail. "
                    + (hasMinimum ? "The agreement does not count runs of bad intervals lasting " + (moreThan
                    ? minutes(minimum) + " or less" : "less than " + minutes(minimum)) + strict : "");
            case INTERVAL_AVERAGE_ERROR_RATE -> "Availability is 100% minus the average error rate of the "
                    + rule.intervalMinutes() + "-minute intervals. ";
            case REQUEST_COUNTS -> "Availability is the share of valid requests in the period that succeed. ";
        };
    }

    private static String minutes(int n) {
        return n + (n == 1 ? " minute" : " consecutive minutes");
    }

    static String named(String name, String fallback) {
        return name != null && !name.isBlank() ? name.strip() : fallback == null || fallback.isBlank() ? "[unnamed]" : fallback.strip();
    }

    static String limit(String text) {
        return text.length() <= DESCRIPTION_MAX ? text.strip() : text.substring(0, DESCRIPTION_MAX - 1).strip() + "…";
    }
}
