package org.slastudio.negotiation;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slastudio.engine.Amounts;
import org.slastudio.clauses.Quantities;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.clauses.ClockTime;
import org.slastudio.model.Agreement;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClockStart;
import org.slastudio.model.MinimumOutageBound;
import org.slastudio.model.MaintenanceConvention;
import org.slastudio.model.MaintenanceRules;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.Metric;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Service;
import org.slastudio.model.TargetComparator;
import org.slastudio.model.WeeklyHours;

/**
 * The semantic difference between two drafts, term by term, in the order the agreement reads: what changed, which
 * side it favours, and where it stands against our positions (those of the first draft, ours). Elements of lists are
 * matched by id, so a service in another place is a move, not a removal and an addition. The negotiation itself
 * (positions, rounds) is not compared: it is not part of what is agreed.
 */
public final class DraftDiff {
    private static final Favours NEUTRAL = Favours.NEUTRAL;
    private static final Favours CUSTOMER = Favours.CUSTOMER;
    private static final Favours PROVIDER = Favours.PROVIDER;

    final Agreement ours;
    final Agreement theirs;
    private final AllowedDowntime oursAllowed;
    private final AllowedDowntime theirsAllowed;
    private final List<Change> changes = new ArrayList<>();
    private final CreditTermsDiff credits = new CreditTermsDiff(this);

    private DraftDiff(Agreement ours, Agreement theirs) {
        this.ours = ours;
        this.theirs = theirs;
        LocalDate today = LocalDate.now();
        this.oursAllowed = AllowedDowntime.of(ours.overview(), today);
        this.theirsAllowed = AllowedDowntime.of(theirs.overview(), today);
    }

    /** From {@code ours} to {@code theirs}; empty when they agree on every term. */
    public static List<Change> between(Agreement ours, Agreement theirs) {
        DraftDiff diff = new DraftDiff(ours, theirs);
        diff.overview();
        diff.parties();
        diff.services();
        diff.windows();
        diff.credits.compare();
        diff.metrics();
        diff.clauses();
        diff.figures();
        return List.copyOf(diff.changes);
    }

    private void overview() {
        TermKey o = TermKey.of("overview");
        Overview a = ours.overview();
        Overview b = theirs.overview();
        if (!both(o, "Overview", a, b, x -> quoted(x.title()), NEUTRAL)) {
            return;
        }
        field(o.field("title"), "Title", a.title(), b.title(), DraftDiff::quoted, NEUTRAL);
        field(o.field("type"), "Agreement type", a.type(), b.type(), DraftDiff::words, NEUTRAL);
        field(o.field("effectiveDate"), "Effective date", a.effectiveDate(), b.effectiveDate(), Object::toString, NEUTRAL);
        TermKey t = o.field("term");
        if (both(t, "Term", a.term(), b.term(), x -> months(x.initialMonths()), NEUTRAL)) {
            field(t.field("initialMonths"), "Initial term", a.term().initialMonths(), b.term().initialMonths(), DraftDiff::months, NEUTRAL);
            field(t.field("renewal"), "Renewal", a.term().renewal(), b.term().renewal(), DraftDiff::words, NEUTRAL);
            field(t.field("renewalMonths"), "Renewal term", a.term().renewalMonths(), b.term().renewalMonths(), DraftDiff::months, NEUTRAL);
            field(t.field("noticeDays"), "Notice to end the agreement", a.term().noticeDays(), b.term().noticeDays(),
                    d -> d + " days", NEUTRAL);
        }
        field(o.field("purpose"), "Purpose", a.purpose(), b.purpose(), DraftDiff::quoted, NEUTRAL);
        field(o.field("governingLaw"), "Governing law", a.governingLaw(), b.governingLaw(), Object::toString, NEUTRAL);
        field(o.field("currency"), "Currency", a.currency(), b.currency(), Object::toString, NEUTRAL);
        field(o.field("measurementPeriod"), "Measurement period", a.measurementPeriod(), b.measurementPeriod(),
                MeasurementPeriod::plainName, periodFavours(a.measurementPeriod(), b.measurementPeriod()));
        field(o.field("timeZone"), "Time zone", a.timeZone(), b.timeZone(), Object::toString, NEUTRAL);
        field(o.field("version"), "Version", a.version(), b.version(), DraftDiff::quoted, NEUTRAL);
        field(o.field("locale"), "Language of the agreement", a.locale(), b.locale(),
                l -> java.util.Locale.US.equals(l) ? "US English" : "UK English", NEUTRAL);
    }

    private void parties() {
        list(null, "parties", ours.parties(), theirs.parties(), true,
                (p, key) -> "Party " + nameOrId(p.legalName(), p.id()),
                p -> words(p.role()), NEUTRAL, (key, a, b, label) -> {
                    field(key.field("role"), label + ": role", a.role(), b.role(), DraftDiff::words, NEUTRAL);
                    field(key.field("legalName"), label + ": legal name", a.legalName(), b.legalName(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("address"), label + ": address", a.address(), b.address(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("contact"), label + ": contact", a.contact(), b.contact(),
                            c -> join(c.name(), c.email(), c.phone()), NEUTRAL);
                    field(key.field("signatory"), label + ": signatory", a.signatory(), b.signatory(),
                            s -> join(s.name(), s.title()), NEUTRAL);
                });
    }

    private void services() {
        list(null, "services", ours.services(), theirs.services(), true,
                (s, key) -> "Service " + nameOrId(s.name(), s.id()),
                s -> s.monthlyFee() == null ? null : money(s.monthlyFee()) + " a month", NEUTRAL, (key, a, b, label) -> {
                    field(key.field("name"), label + ": name", a.name(), b.name(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("description"), label + ": description", a.description(), b.description(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("providerId"), label + ": provider", a.providerId(), b.providerId(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("recipientId"), label + ": recipient", a.recipientId(), b.recipientId(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("monthlyFee"), label + ": monthly fee", a.monthlyFee(), b.monthlyFee(), DraftDiff::money,
                            higher(a.monthlyFee(), b.monthlyFee(), PROVIDER));
                    field(key.field("businessImportance"), label + ": business importance", a.businessImportance(),
                            b.businessImportance(), BigDecimal::toPlainString, NEUTRAL);
                    field(key.field("downtimeCostPerHour"), label + ": downtime cost per hour", a.downtimeCostPerHour(),
                            b.downtimeCostPerHour(), DraftDiff::money, NEUTRAL);
                    levels(key, label, a, b);
                    measurement(key.field("measurement"), label, a, b);
                });
    }

    private void levels(TermKey service, String serviceLabel, Service a, Service b) {
        list(service, "levels", a.levels(), b.levels(), false,
                (l, key) -> serviceLabel + ", window " + quoted(windowName(l.windowId())),
                l -> "target " + percent(l.targetPercent()) + (l.creditBearing() ? ", credit-bearing" : ", reported only"),
                CUSTOMER, (key, x, y, label) -> {
                    BigDecimal before = x.targetPercent();
                    BigDecimal after = y.targetPercent();
                    if (!Terms.same(before, after)) {
                        boolean requests = AllowedDowntime.byRequests(a.measurement()) || AllowedDowntime.byRequests(b.measurement());
                        String downtime = requests ? failingRequests(a, b, before, after) : oursAllowed.describe(ours.window(x.windowId()).orElse(null), before, a.measurement())
                                .flatMap(d -> theirsAllowed.describe(theirs.window(y.windowId()).orElse(null), after,
                                        b.measurement()).map(e ->
                                " (allowed downtime " + (oursAllowed.when().equals(theirsAllowed.when())
                                        ? oursAllowed.when() + ": " + d + " -> " + e
                                        : d + " " + oursAllowed.when() + " -> " + e + " " + theirsAllowed.when()) + ")"))
                                .orElse("");
                        add(Change.Kind.CHANGED, key.field("targetPercent"), label + ": target " + text(before, DraftDiff::percent)
                                + " -> " + text(after, DraftDiff::percent) + downtime, higher(before, after, CUSTOMER));
                    }
                    field(key.field("creditBearing"), label + ": credit-bearing", x.creditBearing(), y.creditBearing(),
                            DraftDiff::yesNo, y.creditBearing() ? CUSTOMER : PROVIDER);
                    credits.levelCredits(key.field("credits"), label, x.credits(), y.credits());
                });
    }

    /** What a target measured by counts allows on both sides; nothing where only one side counts requests. */
    private static String failingRequests(Service a, Service b, BigDecimal before, BigDecimal after) {
        if (!AllowedDowntime.byRequests(a.measurement()) || !AllowedDowntime.byRequests(b.measurement())
                || before == null || after == null) {
            return "";
        }
        return " (requests allowed to fail: " + AllowedDowntime.failingShare(before) + " -> " + AllowedDowntime.failingShare(after) + ")";
    }

    private void measurement(TermKey m, String serviceLabel, Service s, Service t) {
        String label = serviceLabel + ": measurement";
        if (!both(m, label, s.measurement(), t.measurement(), x -> words(x.method()), NEUTRAL)) {
            return;
        }
        var a = s.measurement();
        var b = t.measurement();
        field(m.field("method"), label + " method", a.method(), b.method(), DraftDiff::words, NEUTRAL);
        field(m.field("intervalMinutes"), label + " interval", a.intervalMinutes(), b.intervalMinutes(), n -> n + " min", NEUTRAL);
        field(m.field("errorRateThresholdPercent"), label + " error rate threshold", a.errorRateThresholdPercent(),
                b.errorRateThresholdPercent(), DraftDiff::percent,
                higher(a.errorRateThresholdPercent(), b.errorRateThresholdPercent(), PROVIDER));
        field(m.field("minimumOutageMinutes"), label + " minimum outage", a.minimumOutageMinutes(), b.minimumOutageMinutes(),
                n -> n + " min", higher(a.minimumOutageMinutes(), b.minimumOutageMinutes(), PROVIDER));
        // Read as the calculation reads it: a rule that does not say counts an outage of exactly the minimum.
        field(m.field("minimumOutageBound"), label + " outage of exactly the minimum counts",
                a.bound() == MinimumOutageBound.AT_LEAST, b.bound() == MinimumOutageBound.AT_LEAST, DraftDiff::yesNo,
                b.bound() == MinimumOutageBound.MORE_THAN ? PROVIDER : CUSTOMER);
        field(m.field("clockStart"), label + " clock starts", a.clockStart(), b.clockStart(), DraftDiff::words,
                b.clockStart() == ClockStart.AT_FAULT_REPORT ? PROVIDER : CUSTOMER);
        field(m.field("periodsInUtc"), label + " periods cut in UTC", a.periodsInUtc(), b.periodsInUtc(), DraftDiff::yesNo, NEUTRAL);
    }

    private void windows() {
        list(null, "windows", ours.windows(), theirs.windows(), true,
                (w, key) -> "Window " + nameOrId(w.name(), w.id()),
                w -> hours(w.hours()), NEUTRAL, (key, a, b, label) -> {
                    field(key.field("name"), label + ": name", a.name(), b.name(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("zone"), label + ": time zone", a.zone(), b.zone(), Object::toString, NEUTRAL);
                    field(key.field("hours"), label + ": hours", a.hours(), b.hours(), DraftDiff::hours,
                            higher(a.nominalWeeklyMinutes(), b.nominalWeeklyMinutes(), CUSTOMER));
                    list(key, "holidays", a.holidays(), b.holidays(), false, (d, k) -> label + ": holiday " + d, d -> null,
                            PROVIDER, (k, x, y, l) -> { });
                    list(key, "maintenance", a.maintenance(), b.maintenance(), false,
                            (m, k) -> label + ": maintenance " + quoted(m.name()), DraftDiff::maintenance, PROVIDER, (k, x, y, l) -> {
                                if (!Terms.same(x, y)) {
                                    add(Change.Kind.CHANGED, k, l + ": " + maintenance(x) + " -> " + maintenance(y),
                                            higher(weeklyMinutes(x), weeklyMinutes(y), PROVIDER));
                                }
                            });
                    maintenanceRules(key.field("maintenanceRules"), label, a.maintenanceRules(), b.maintenanceRules());
                });
    }

    /**
     * Maintenance counted as available time keeps it in the denominator, so the same downtime gives a higher
     * availability: that favours the provider. A notice term excuses planned work: adding one, or shortening it,
     * favours the provider.
     */
    private void maintenanceRules(TermKey key, String label, MaintenanceRules a, MaintenanceRules b) {
        field(key.field("convention"), label + ": maintenance", a.convention(), b.convention(), MaintenanceConvention::plainName,
                b.convention() == MaintenanceConvention.COUNTED_AS_AVAILABLE ? PROVIDER : CUSTOMER);
        Integer x = a.plannedWorkNoticeBusinessDays();
        Integer y = b.plannedWorkNoticeBusinessDays();
        field(key.field("plannedWorkNoticeBusinessDays"), label + ": planned work outside the maintenance windows excused with notice of",
                x, y, d -> d + " Business Days", x == null ? PROVIDER : y == null ? CUSTOMER : higher(x, y, CUSTOMER));
        field(key.field("businessDaysWindowId"), label + ": Business Days are the days of window", a.businessDaysWindowId(),
                b.businessDaysWindowId(), DraftDiff::quoted, NEUTRAL);
    }

    /**
     * A calendar month measured as 30 days measures a year as 12 x 43,200 minutes instead of 525,600, so it allows less
     * downtime a year (more in February, less in 31-day months): moving to it favours the customer. Consecutive 30-day
     * periods cover every day of the year, like calendar months.
     */
    private static Favours periodFavours(MeasurementPeriod before, MeasurementPeriod after) {
        boolean x = before == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS;
        boolean y = after == MeasurementPeriod.CALENDAR_MONTH_AS_30_DAYS;
        return x == y || before == null || after == null ? NEUTRAL : y ? CUSTOMER : PROVIDER;
    }

    private void metrics() {
        list(null, "metrics", ours.metrics(), theirs.metrics(), true,
                (m, key) -> "Metric " + nameOrId(m.name(), m.id()),
                m -> m.target() == null ? words(m.kind()) : words(m.comparator()) + " " + m.target().toPlainString()
                        + (m.unit() == null ? "" : " " + m.unit()), NEUTRAL, (key, a, b, label) -> {
                    field(key.field("name"), label + ": name", a.name(), b.name(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("kind"), label + ": kind", a.kind(), b.kind(), DraftDiff::words, NEUTRAL);
                    field(key.field("serviceId"), label + ": service", a.serviceId(), b.serviceId(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("comparator"), label + ": comparison", a.comparator(), b.comparator(), DraftDiff::words, NEUTRAL);
                    field(key.field("target"), label + ": target", a.target(), b.target(), BigDecimal::toPlainString,
                            higher(a.target(), b.target(), b.comparator() == TargetComparator.AT_MOST ? PROVIDER : CUSTOMER));
                    field(key.field("unit"), label + ": unit", a.unit(), b.unit(), DraftDiff::quoted, NEUTRAL);
                    list(key, "priorityTargets", a.priorityTargets(), b.priorityTargets(), false,
                            (p, k) -> label + ", " + k, t -> priorityTarget(t, b), CUSTOMER, (k, x, y, l) -> {
                                if ((x.dueBy() == null) != (y.dueBy() == null)) {
                                    // A time for a business day, or back: one change of what the target is, not two.
                                    field(k, l, x, y, t -> priorityTarget(t, b), NEUTRAL);
                                } else {
                                    field(k.field("within"), l + ": within", x.within(), y.within(), d -> clockTime(d, b),
                                            higher(x.within(), y.within(), PROVIDER));
                                    field(k.field("dueBy"), l + ": due by", x.dueBy(), y.dueBy(), ClockTime::inWords,
                                            x.dueBy() == null || x.dueBy() == y.dueBy() ? NEUTRAL
                                                    : y.dueBy().compareTo(x.dueBy()) > 0 ? PROVIDER : CUSTOMER);
                                }
                                field(k.field("compliancePercent"), l + ": compliance", x.compliancePercent(),
                                        y.compliancePercent(), DraftDiff::percent,
                                        higher(x.compliancePercent(), y.compliancePercent(), CUSTOMER));
                            });
                    field(key.field("clockWindowId"), label + ": clock runs in window", a.clockWindowId(), b.clockWindowId(),
                            DraftDiff::quoted, NEUTRAL);
                    field(key.field("period"), label + ": period", a.period(), b.period(), DraftDiff::words, NEUTRAL);
                    field(key.field("reporting"), label + ": reporting", a.reporting(), b.reporting(), DraftDiff::words, NEUTRAL);
                    field(key.field("dataSource"), label + ": data source", a.dataSource(), b.dataSource(), DraftDiff::words, NEUTRAL);
                    field(key.field("responsiblePartyId"), label + ": responsible party", a.responsiblePartyId(),
                            b.responsiblePartyId(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("classification"), label + ": classification", a.classification(), b.classification(),
                            DraftDiff::words, b.classification() == MetricClassification.CRITICAL ? CUSTOMER : PROVIDER);
                });
    }

    private void clauses() {
        list(null, "clauses", ours.clauses(), theirs.clauses(), true, (c, key) -> "Clause " + quoted(c.heading()),
                c -> quoted(shorten(c.text())), NEUTRAL, (key, a, b, label) -> {
                    if (!Terms.same(a.text(), b.text())) {
                        List<WordDiff.Edit> edits = WordDiff.between(a.text(), b.text());
                        changes.add(new Change(Change.Kind.CHANGED, key.field("text"), label + ": " + WordDiff.render(edits),
                                NEUTRAL, null, edits));
                    }
                });
    }

    private void figures() {
        list(null, "figures", ours.figures(), theirs.figures(), true, (f, key) -> "Figure " + nameOrId(f.name(), f.id()),
                f -> Quantities.format(f.value()), NEUTRAL, (key, a, b, label) -> {
                    field(key.field("name"), label + ": name", a.name(), b.name(), DraftDiff::quoted, NEUTRAL);
                    field(key.field("value"), label, a.value(), b.value(), Quantities::format, NEUTRAL);
                });
    }

    interface Pair<T> {
        void diff(TermKey key, T ours, T theirs, String label);
    }

    /**
     * Removals (last first, so positional keys stay valid), then additions and moves in their order (each is placed
     * after the element before it there), then the changes inside elements both have.
     *
     * @param ordered whether the order of the list means anything, i.e. whether moves are reported
     */
    <T> void list(TermKey parent, String field, List<T> a, List<T> b, boolean ordered, BiFunction<T, String, String> named,
                          Function<T, String> summarised, Favours whenAdded, Pair<T> pair) {
        BiFunction<T, String, String> name = (t, k) -> t == null ? "Empty entry " + k + " in " + field : named.apply(t, k);
        Function<T, String> summary = t -> t == null ? null : summarised.apply(t);
        List<String> ka = Terms.keys(field, a);
        List<String> kb = Terms.keys(field, b);
        Function<String, TermKey> at = k -> parent == null ? TermKey.element(field, k) : parent.in(field, k);
        for (int i = a.size() - 1; i >= 0; i--) {
            String k = ka.get(i);
            if (!kb.contains(k)) {
                add(Change.Kind.REMOVED, at.apply(k), name.apply(a.get(i), k) + " removed", whenAdded.opposite());
            }
        }
        Set<String> inPlace = ordered ? inOrder(ka, kb) : new HashSet<>(ka);
        for (int j = 0; j < b.size(); j++) {
            String k = kb.get(j);
            int i = ka.indexOf(k);
            if (i < 0) {
                String more = summary.apply(b.get(j));
                add(Change.Kind.ADDED, at.apply(k), name.apply(b.get(j), k) + " added" + (more == null ? "" : ": " + more), whenAdded);
            } else if (!inPlace.contains(k)) {
                String where = i != j ? "from place " + (i + 1) + " to " + (j + 1)
                        : j == 0 ? "to the front" : "to after " + name.apply(b.get(j - 1), kb.get(j - 1));
                add(Change.Kind.MOVED, at.apply(k), name.apply(b.get(j), k) + " moved " + where, NEUTRAL);
            }
        }
        for (int j = 0; j < b.size(); j++) {
            String k = kb.get(j);
            int i = ka.indexOf(k);
            if (i >= 0 && a.get(i) != null && b.get(j) != null) {
                pair.diff(at.apply(k), a.get(i), b.get(j), name.apply(b.get(j), k));
            } else if (i >= 0 && a.get(i) != b.get(j)) {
                add(Change.Kind.CHANGED, at.apply(k), name.apply(a.get(i), k) + " replaced by " + name.apply(b.get(j), k), NEUTRAL);
            }
        }
    }

    /** The elements both lists have that keep their order: the longest common subsequence of their keys. */
    private static Set<String> inOrder(List<String> ka, List<String> kb) {
        List<String> x = ka.stream().filter(kb::contains).toList();
        List<String> y = kb.stream().filter(ka::contains).toList();
        int[][] common = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                common[i][j] = x.get(i).equals(y.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        Set<String> kept = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            if (x.get(i).equals(y.get(j))) {
                kept.add(x.get(i));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    /** Whether both have the record; if only one has it, that is one change (added or removed) and the caller stops. */
    <T> boolean both(TermKey term, String label, T a, T b, Function<T, String> show, Favours whenAdded) {
        if (a != null && b != null) {
            return true;
        }
        if (b != null) {
            add(Change.Kind.ADDED, term, label + " added: " + show.apply(b), whenAdded);
        } else if (a != null) {
            add(Change.Kind.REMOVED, term, label + " removed (was " + show.apply(a) + ")", whenAdded.opposite());
        }
        return false;
    }

    <T> void field(TermKey term, String label, T a, T b, Function<T, String> show, Favours favours) {
        if (!Terms.same(a, b)) {
            add(Change.Kind.CHANGED, term, label + ": " + text(a, show) + " -> " + text(b, show), favours);
        }
    }

    private void add(Change.Kind kind, TermKey term, String description, Favours favours) {
        Standing standing = ours.negotiation().position(term.toString())
                .map(p -> Standing.of(p, Terms.number(Terms.get(theirs, term.steps()))))
                .orElse(null);
        changes.add(new Change(kind, term, description, favours, standing, List.of()));
    }

    /** Who gains when the number goes up; nobody when one side has none. */
    static Favours higher(Object before, Object after, Favours gainsFromMore) {
        BigDecimal x = Terms.number(before);
        BigDecimal y = Terms.number(after);
        if (x == null || y == null || x.compareTo(y) == 0) {
            return NEUTRAL;
        }
        return y.compareTo(x) > 0 ? gainsFromMore : gainsFromMore.opposite();
    }

    private String windowName(String id) {
        return theirs.window(id).or(() -> ours.window(id)).map(AvailabilityWindow::name).orElse(id);
    }

    static <T> String text(T value, Function<T, String> show) {
        return value == null ? "not set" : show.apply(value);
    }

    static String quoted(String text) {
        return "'" + text + "'";
    }

    /** An element by its name, or by its id while it has none. */
    private static String nameOrId(String name, String id) {
        return quoted(name == null || name.isBlank() ? id : name);
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    static String words(Enum<?> value) {
        return value == null ? "not set" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String months(Integer n) {
        return n + (n != null && n == 1 ? " month" : " months");
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    /** As drafted: 99.0 stays 99.0%, so the text matches the agreement. */
    static String percent(BigDecimal value) {
        return value.toPlainString() + "%";
    }

    static String money(Money m) {
        return m.amount() != null && m.currency() != null ? Amounts.money(m.amount(), m.currency()) : m.toString();
    }

    private static String clockTime(Duration d, Metric metric) {
        return ClockTime.inWords(d, ClockTime.businessHours(metric));
    }

    private static String priorityTarget(PriorityTarget t, Metric metric) {
        return (t.dueBy() != null ? ClockTime.target(t, metric) : "within " + text(t.within(), d -> clockTime(d, metric)))
                + (t.compliancePercent() == null ? "" : " in " + percent(t.compliancePercent()) + " of cases");
    }

    private static String maintenance(MaintenanceWindow m) {
        return days(m.days()) + " " + m.from() + "-" + m.until() + (m.noticeHours() == null ? "" : ", " + m.noticeHours() + " h notice");
    }

    private static long weeklyMinutes(MaintenanceWindow m) {
        return new WeeklyHours(m.days(), m.from(), m.until()).minutesPerDay() * m.days().size();
    }

    /** "Mon-Fri 08:00-18:00; Sat 22:30-06:15". */
    private static String hours(List<WeeklyHours> hours) {
        if (hours.isEmpty()) {
            return "none";
        }
        return hours.stream().map(h -> h == null ? "?" : days(h.days()) + " " + (h.isWholeDay() ? "all day" : h.from() + "-" + h.until()))
                .collect(Collectors.joining("; "));
    }

    private static String days(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        if (sorted.size() >= 3 && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1) {
            return name(sorted.get(0)) + "-" + name(sorted.get(sorted.size() - 1));
        }
        return sorted.stream().map(DraftDiff::name).collect(Collectors.joining(", "));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
