package org.slastudio.ui.word;

import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.Clause;
import org.slastudio.model.Metric;
import org.slastudio.model.Party;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term's place in the draft in the words of the agreement: {@code services[0].levels[0].targetPercent} is
 * "Managed Kubernetes, Business Hours: availability target", as the draft names that service and window.
 */
public final class TermNames {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");
    /** Field names that read badly split at their capitals. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("targetPercent", "availability target"),
            Map.entry("monthlyFee", "monthly fee"),
            Map.entry("creditPercent", "credit"),
            Map.entry("monthlyCapPercent", "monthly credit cap"),
            Map.entry("rollingTwelveMonthCapPercent", "rolling twelve-month credit cap"),
            Map.entry("legalName", "legal name"),
            Map.entry("governingLaw", "governing law"),
            Map.entry("effectiveDate", "effective date"),
            Map.entry("noticeHours", "notice"),
            Map.entry("compliancePercent", "compliance"),
            Map.entry("within", "time"),
            Map.entry("percentOfMonthlyCharges", "share of the monthly charges"),
            Map.entry("followingPeriods", "following periods"));

    /** A term's place where a sentence names it: "the term services[1].description is no longer in its control". */
    private static final Pattern IN_TEXT = Pattern.compile(
            "\\b(?:overview|parties|services|windows|creditRegime|metrics|clauses|figures)(?:\\[\\d+])?(?:\\.[A-Za-z]+(?:\\[\\d+])?)+");

    private TermNames() {
    }

    /** The sentence with each place in the draft it names given in words, in quotes. */
    public static String inText(String sentence, Agreement agreement) {
        if (sentence == null) {
            return "";
        }
        return IN_TEXT.matcher(sentence).replaceAll(m -> Matcher.quoteReplacement("\"" + of(m.group(), agreement) + "\""));
    }

    public static String of(String path, Agreement agreement) {
        if (path == null || path.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String field = null;
        Service service = null;
        Metric metric = null;
        String priority = "";
        String[] segments = path.split("\\.");
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                return path;
            }
            String name = m.group(1);
            Integer index = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            if (index == null) {
                if (s == segments.length - 1) {
                    field = FIELDS.getOrDefault(name, words(name));
                } else if (name.equals("creditRegime")) {
                    parts.add("Credits");
                } else if (name.equals("earnBack")) {
                    parts.add("earn-back");
                } else if (name.equals("atRisk")) {
                    parts.add("amount at risk");
                } else if (!name.equals("overview") && !name.equals("upper") && !name.equals("lower") && !name.equals("percent")) {
                    parts.add(words(name));
                }
                if (name.equals("upper") || name.equals("lower")) {
                    field = name + " bound";
                    break;
                }
                continue;
            }
            int i = index;
            switch (name) {
                case "services" -> {
                    service = at(agreement.services(), i);
                    parts.add(service == null || blank(service.name()) ? "service " + (i + 1) : service.name());
                }
                case "levels" -> {
                    ServiceLevel level = service == null ? null : at(service.levels(), i);
                    AvailabilityWindow window = level == null ? null : agreement.window(level.windowId()).orElse(null);
                    parts.add(window == null || blank(window.name()) ? "level " + (i + 1) : window.name());
                }
                case "windows" -> {
                    AvailabilityWindow window = at(agreement.windows(), i);
                    parts.add(window == null || blank(window.name()) ? "window " + (i + 1) : window.name());
                }
                case "parties" -> {
                    Party party = at(agreement.parties(), i);
                    parts.add(party == null || blank(party.legalName()) ? "party " + (i + 1) : party.legalName());
                }
                case "clauses" -> {
                    Clause clause = at(agreement.clauses(), i);
                    parts.add(clause == null || blank(clause.heading()) ? "clause " + (i + 1) : "clause \"" + clause.heading() + "\"");
                }
                case "metrics" -> {
                    metric = at(agreement.metrics(), i);
                    parts.add(metric == null || blank(metric.name()) ? "metric " + (i + 1) : metric.name());
                }
                case "priorityTargets" -> {
                    PriorityTarget target = metric == null ? null : at(metric.priorityTargets(), i);
                    // Folded into the field: a metric's name often lists its priorities already.
                    priority = (target == null || target.priority() == null ? "priority " + (i + 1) : target.priority().name()) + " ";
                }
                case "tiers" -> parts.add("tier " + (i + 1));
                case "maintenance" -> parts.add("maintenance window " + (i + 1));
                default -> parts.add(words(name) + " " + (i + 1));
            }
        }
        String where = String.join(", ", parts);
        field = field == null ? null : priority + field;
        if (field == null) {
            return where.isEmpty() ? path : where;
        }
        return where.isEmpty() ? capitalised(field) : where + ": " + field;
    }

    private static <T> T at(List<T> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** "signatory" stays, "minimumCredit" becomes "minimum credit". */
    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
