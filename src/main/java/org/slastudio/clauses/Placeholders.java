package org.slastudio.clauses;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slastudio.engine.ClockTime;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Metric;
import org.slastudio.model.Money;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TierBound;
import org.slastudio.model.WeeklyHours;

/**
 * Placeholders such as {@code {{customer.legalName}}} or {@code {{service.storage.target}}} in clause texts, filled
 * from the draft so that the prose and the numbers never disagree. The names are listed in docs/clauses.md and
 * {@link #FORMS}; ids in them cannot contain dots.
 */
public final class Placeholders {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** Every placeholder SLA Studio knows; {@code <id>} stands for the id of a party, service, window or metric. */
    public static final List<String> FORMS = List.of(
            "agreement.title", "agreement.effectiveDate", "agreement.initialTerm", "agreement.measurementPeriod",
            "agreement.timeZone", "agreement.governingLaw",
            "provider.legalName", "provider.address", "customer.legalName", "customer.address",
            "party.<id>.legalName", "party.<id>.address",
            "service.<id>.name", "service.<id>.target", "service.<id>.target.<windowId>", "service.<id>.monthlyFee",
            "window.<id>.name", "window.<id>.hours", "window.<id>.maintenance",
            "credits.tiers", "credits.feeBasis", "credits.monthlyCap", "credits.rollingTwelveMonthCap",
            "credits.minimumCredit", "credits.claimDeadline", "credits.earnBackPeriods", "credits.atRisk", "credits.poolAllocation",
            "metric.<id>.name", "metric.<id>.target", "metric.<id>.P1", "metric.<id>.P2", "metric.<id>.P3", "metric.<id>.P4");

    /** A placeholder this draft cannot fill, and why. */
    public record Gap(String name, String reason) {
    }

    /** Either the text a placeholder stands for, or why there is none. */
    private record Value(String text, String reason) {
        static Value of(String text) {
            return new Value(text, null);
        }

        static Value missing(String reason) {
            return new Value(null, reason);
        }

        static Value of(Object value, String reasonIfNull, Function<Object, String> show) {
            return value == null || (value instanceof String s && s.isBlank()) ? missing(reasonIfNull) : of(show.apply(value));
        }
    }

    private Placeholders() {
    }

    /** The placeholder names in a text, in order, as written between the braces (without surrounding blanks). */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        for (PlaceholderScan.Match m : PlaceholderScan.placeholders(text)) {
            names.add(m.name());
        }
        return names;
    }

    /**
     * Placeholders that are not among {@link #FORMS}, whatever the draft holds, in order; a {@code {{} or {@code }}}
     * that does not pair up is listed as written, up to the end of its word.
     */
    public static List<String> unknown(String text) {
        List<String> unknown = new ArrayList<>();
        if (text == null) {
            return unknown;
        }
        for (String name : names(text)) {
            if (!isKnown(name)) {
                unknown.add(name);
            }
        }
        unknown.addAll(PlaceholderScan.strays(text));
        return unknown;
    }

    /** Known placeholders in a text that this draft cannot fill, e.g. a service id it does not have, or an unset cap. */
    public static List<Gap> unfilled(String text, Agreement agreement) {
        List<Gap> gaps = new ArrayList<>();
        for (String name : names(text)) {
            if (isKnown(name)) {
                Value v = resolve(name, agreement);
                if (v.text() == null) {
                    gaps.add(new Gap(name, v.reason()));
                }
            }
        }
        return gaps;
    }

    /** The text with every placeholder the draft can fill replaced; the others stay as written, so the gap shows. */
    public static String fill(String text, Agreement agreement) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (PlaceholderScan.Match m : PlaceholderScan.placeholders(text)) {
            String value = isKnown(m.name()) ? resolve(m.name(), agreement).text() : null;
            out.append(text, from, m.start()).append(value == null ? text.substring(m.start(), m.end()) : value);
            from = m.end();
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The text a placeholder stands for in this draft, if it is known and the draft has it. */
    public static Optional<String> value(String name, Agreement agreement) {
        return isKnown(name) ? Optional.ofNullable(resolve(name, agreement).text()) : Optional.empty();
    }

    static boolean isKnown(String name) {
        String[] p = name.split("\\.", -1);
        for (String part : p) {
            if (part.isEmpty()) {
                return false;
            }
        }
        return switch (p[0]) {
            case "agreement", "credits" -> p.length == 2 && FORMS.contains(name);
            case "provider", "customer" -> p.length == 2 && (p[1].equals("legalName") || p[1].equals("address"));
            case "party" -> p.length == 3 && (p[2].equals("legalName") || p[2].equals("address"));
            case "service" -> (p.length == 3 && Set.of("name", "target", "monthlyFee").contains(p[2]))
                    || (p.length == 4 && p[2].equals("target"));
            case "window" -> p.length == 3 && Set.of("name", "hours", "maintenance").contains(p[2]);
            case "metric" -> p.length == 3 && (Set.of("name", "target").contains(p[2]) || isPriority(p[2]));
            default -> false;
        };
    }

    private static boolean isPriority(String s) {
        for (Priority p : Priority.values()) {
            if (p.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static Value resolve(String name, Agreement a) {
        String[] p = name.split("\\.");
        return switch (p[0]) {
            case "agreement" -> agreement(p[1], a);
            case "provider" -> party(byRole(a, PartyRole.PROVIDER), "no party is the provider", p[1]);
            case "customer" -> party(byRole(a, PartyRole.CUSTOMER), "no party is the customer", p[1]);
            case "party" -> party(a.party(p[1]).orElse(null), "the draft has no party '" + p[1] + "'", p[2]);
            case "service" -> service(a, p);
            case "window" -> window(a, p[1], p[2]);
            case "credits" -> credits(a.creditRegime(), a, p[1]);
            default -> metric(a, p[1], p[2]);
        };
    }

    private static Value agreement(String field, Agreement a) {
        if (a.overview() == null) {
            return Value.missing("the draft has no overview");
        }
        var o = a.overview();
        return switch (field) {
            case "title" -> Value.of(o.title(), "the agreement has no title", String::valueOf);
            case "effectiveDate" -> Value.of(o.effectiveDate(), "the agreement has no effective date", d -> DATE.format((java.time.LocalDate) d));
            case "initialTerm" -> Value.of(o.term() == null ? null : o.term().initialMonths(), "the initial term is not set",
                    m -> m + ((Integer) m == 1 ? " month" : " months"));
            case "measurementPeriod" -> Value.of(o.measurementPeriod(), "the measurement period is not set", m -> period((MeasurementPeriod) m));
            case "timeZone" -> Value.of(o.timeZone(), "the agreement has no time zone", String::valueOf);
            default -> Value.of(o.governingLaw(), "the governing law is not set", String::valueOf);
        };
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

    private static Value party(Party party, String whyMissing, String field) {
        if (party == null) {
            return Value.missing(whyMissing);
        }
        String who = "party '" + (party.id() == null ? "" : party.id()) + "'";
        return field.equals("legalName")
                ? Value.of(party.legalName(), who + " has no legal name", String::valueOf)
                : Value.of(party.address(), who + " has no address", String::valueOf);
    }

    private static Value service(Agreement a, String[] p) {
        Service s = a.service(p[1]).orElse(null);
        if (s == null) {
            return Value.missing("the draft has no service '" + p[1] + "'");
        }
        String who = "service '" + p[1] + "'";
        return switch (p[2]) {
            case "name" -> Value.of(s.name(), who + " has no name", String::valueOf);
            case "monthlyFee" -> s.monthlyFee() == null || s.monthlyFee().amount() == null
                    ? Value.missing(who + " has no monthly fee") : Value.of(money(s.monthlyFee()));
            default -> p.length == 4 ? levelIn(s, p[3], who) : mainLevel(s, who);
        };
    }

    /** The first credit-bearing level, since that is the promise a clause usually means; else the first level. */
    private static Value mainLevel(Service s, String who) {
        ServiceLevel first = null;
        for (ServiceLevel l : s.levels()) {
            if (l != null && l.targetPercent() != null) {
                if (l.creditBearing()) {
                    return Value.of(percent(l.targetPercent()));
                }
                first = first == null ? l : first;
            }
        }
        return first == null ? Value.missing(who + " has no target") : Value.of(percent(first.targetPercent()));
    }

    private static Value levelIn(Service s, String windowId, String who) {
        for (ServiceLevel l : s.levels()) {
            if (l != null && windowId.equals(l.windowId()) && l.targetPercent() != null) {
                return Value.of(percent(l.targetPercent()));
            }
        }
        return Value.missing(who + " has no target in window '" + windowId + "'");
    }

    private static Value window(Agreement a, String id, String field) {
        AvailabilityWindow w = a.window(id).orElse(null);
        if (w == null) {
            return Value.missing("the draft has no window '" + id + "'");
        }
        String who = "window '" + id + "'";
        return switch (field) {
            case "name" -> Value.of(w.name(), who + " has no name", String::valueOf);
            case "hours" -> hours(w, who);
            default -> maintenance(w, who);
        };
    }

    private static Value hours(AvailabilityWindow w, String who) {
        List<String> parts = new ArrayList<>();
        if (w.isTwentyFourSeven()) {
            parts.add("at all times");
        } else {
            // Entries on the same days read as one: "Monday to Friday, 00:00 to 08:00 and 18:00 to 24:00".
            Map<Set<DayOfWeek>, List<String>> byDays = new LinkedHashMap<>();
            for (WeeklyHours h : w.hours()) {
                if (h != null && !h.days().isEmpty() && h.from() != null && h.until() != null) {
                    byDays.computeIfAbsent(h.days(), d -> new ArrayList<>()).add(h.isWholeDay() ? "all day" : times(h.from(), h.until()));
                }
            }
            byDays.forEach((days, times) -> parts.add(days(days) + ", " + list(times, "and")));
        }
        if (parts.isEmpty()) {
            return Value.missing(who + " has no hours");
        }
        return Value.of(String.join("; ", parts) + (w.zone() == null ? "" : " (" + w.zone().getId() + " time)"));
    }

    private static Value maintenance(AvailabilityWindow w, String who) {
        List<String> parts = new ArrayList<>();
        for (MaintenanceWindow m : w.maintenance()) {
            if (m != null && !m.days().isEmpty() && m.from() != null && m.until() != null) {
                parts.add(days(m.days()) + ", " + times(m.from(), m.until())
                        + (m.noticeHours() == null ? "" : ", on " + notice(m.noticeHours()) + " notice"));
            }
        }
        return parts.isEmpty() ? Value.missing(who + " has no maintenance window") : Value.of(String.join("; ", parts));
    }

    /** Whole days read as days ("5 days'"), anything else in hours ("36 hours'"). */
    static String notice(int hours) {
        if (hours >= 48 && hours % 24 == 0) {
            return hours / 24 + " days'";
        }
        return hours + (hours == 1 ? " hour's" : " hours'");
    }

    private static Value credits(CreditRegime r, Agreement a, String field) {
        if (r == null) {
            return Value.missing("the draft has no credit regime");
        }
        return switch (field) {
            case "tiers" -> tiers(r, a);
            case "feeBasis" -> Value.of(r.feeBasis(), "the fee basis is not set", b -> switch ((org.slastudio.model.FeeBasis) b) {
                case AFFECTED_SERVICE -> "the monthly fee of the affected service";
                case ALL_SERVICES -> "the monthly fees of all services";
                case AT_RISK_AMOUNT -> "the at-risk amount";
            });
            case "monthlyCap" -> Value.of(r.monthlyCapPercent(), "the monthly cap is not set", v -> percent((BigDecimal) v));
            case "rollingTwelveMonthCap" -> Value.of(r.rollingTwelveMonthCapPercent(), "the rolling 12-month cap is not set",
                    v -> percent((BigDecimal) v));
            case "minimumCredit" -> r.minimumCredit() == null || r.minimumCredit().amount() == null
                    ? Value.missing("the minimum credit is not set") : Value.of(money(r.minimumCredit()));
            case "claimDeadline" -> claimDeadline(r.claimDeadline(), a);
            case "earnBackPeriods" -> Value.of(r.earnBack() == null ? null : r.earnBack().followingPeriods(),
                    "earn-back is not set", String::valueOf);
            case "poolAllocation" -> poolAllocation(r, a);
            default -> Value.of(r.atRisk() == null ? null : r.atRisk().percentOfMonthlyCharges(), "the at-risk amount is not set",
                    v -> percent((BigDecimal) v));
        };
    }

    private static Value poolAllocation(CreditRegime r, Agreement a) {
        List<String> parts = new ArrayList<>();
        for (PoolAllocation p : r.atRisk() == null ? List.<PoolAllocation>of() : r.atRisk().allocations()) {
            if (p != null && p.serviceId() != null && p.percent() != null) {
                String name = a.service(p.serviceId()).map(Service::name).filter(n -> !n.isBlank()).orElse(p.serviceId());
                parts.add(name + " " + percent(p.percent()));
            }
        }
        return parts.isEmpty() ? Value.missing("there is no pool allocation") : Value.of(list(parts, "and"));
    }

    /** "a", "a and b", "a, b and c". */
    private static String list(List<String> parts, String last) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " " + last + " " + parts.get(parts.size() - 1);
    }

    private static Value tiers(CreditRegime r, Agreement a) {
        List<String> parts = new ArrayList<>();
        for (CreditTier t : r.tiers()) {
            if (t == null || (t.creditPercent() == null && t.fixedCredit() == null)) {
                continue;
            }
            String credit = t.creditPercent() != null ? percent(t.creditPercent()) : money(t.fixedCredit());
            parts.add(credit + " where availability is " + band(t.lower(), t.upper()));
        }
        if (parts.isEmpty()) {
            return Value.missing("there are no credit tiers");
        }
        return Value.of(parts.size() == 1 ? parts.get(0)
                : String.join("; ", parts.subList(0, parts.size() - 1)) + "; and " + parts.get(parts.size() - 1));
    }

    /** E.g. "below 99.95% but at least 99.0%": the upper edge first, as agreements describe a fall from the target. */
    private static String band(TierBound lower, TierBound upper) {
        boolean hasLower = lower != null && lower.percent() != null;
        boolean hasUpper = upper != null && upper.percent() != null;
        String low = hasLower ? (lower.inclusive() ? "at least " : "above ") + percent(lower.percent()) : null;
        String high = hasUpper ? (upper.inclusive() ? "at most " : "below ") + percent(upper.percent()) : null;
        if (low != null && high != null) {
            return high + " but " + low;
        }
        return high != null ? high : low != null ? low : "at any level";
    }

    private static Value claimDeadline(ClaimDeadline d, Agreement a) {
        if (d == null || d.rule() == null || d.count() == null) {
            return Value.missing("the claim deadline is not set");
        }
        MeasurementPeriod period = a.overview() == null ? null : a.overview().measurementPeriod();
        String after = period == null ? "the measurement period" : "the " + period(period);
        return Value.of(switch (d.rule()) {
            case DAYS_AFTER_PERIOD_END -> d.count() + (d.count() == 1 ? " day" : " days") + " after the end of " + after;
            case END_OF_NTH_FOLLOWING_BILLING_CYCLE -> "the end of the " + ordinal(d.count()) + " billing cycle after " + after;
        });
    }

    private static Value metric(Agreement a, String id, String field) {
        Metric m = a.metric(id).orElse(null);
        if (m == null) {
            return Value.missing("the draft has no metric '" + id + "'");
        }
        String who = "metric '" + id + "'";
        if (field.equals("name")) {
            return Value.of(m.name(), who + " has no name", String::valueOf);
        }
        if (field.equals("target")) {
            if (m.target() == null) {
                return Value.missing(who + " has no target");
            }
            String unit = m.unit() == null || m.unit().isBlank() ? "" : m.unit().strip();
            return Value.of(number(m.target()) + (unit.isEmpty() || unit.startsWith("%") ? unit : " " + unit));
        }
        for (PriorityTarget t : m.priorityTargets()) {
            if (t != null && t.priority() != null && t.priority().name().equals(field) && t.within() != null) {
                return Value.of(ClockTime.inWords(t.within(), ClockTime.businessHours(m)));
            }
        }
        return Value.missing(who + " has no " + field + " target");
    }

    static String percent(BigDecimal value) {
        return value.toPlainString() + "%";
    }

    /** E.g. "EUR 18,500.00": grouped for reading, every digit the draft holds kept. */
    static String money(Money money) {
        return (money.currency() == null ? "" : money.currency().getCurrencyCode() + " ") + number(money.amount());
    }

    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    static String period(MeasurementPeriod p) {
        return switch (p) {
            case CALENDAR_MONTH -> "calendar month";
            case FIXED_30_DAY_MONTH -> "30-day month";
            case CALENDAR_QUARTER -> "calendar quarter";
            case WEEK -> "week";
        };
    }

    /** "Monday to Friday" for a run of days, else "Monday, Wednesday and Friday"; in week order. */
    static String days(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = new ArrayList<>(EnumSet.copyOf(days));
        if (sorted.size() == 7) {
            return "every day";
        }
        boolean run = sorted.size() > 2 && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (run) {
            return name(sorted.get(0)) + " to " + name(sorted.get(sorted.size() - 1));
        }
        return list(sorted.stream().map(Placeholders::name).toList(), "and");
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String times(LocalTime from, LocalTime until) {
        if (until.equals(LocalTime.MIDNIGHT)) {
            return from + " to 24:00";
        }
        return from + " to " + until + (until.isBefore(from) ? " the next day" : "");
    }

    static String ordinal(int n) {
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        if (n >= 1 && n <= words.length) {
            return words[n - 1];
        }
        int lastTwo = Math.abs(n) % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (Math.abs(n) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
