package org.slastudio.store;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.AgreementType;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.ClaimDeadlineRule;
import org.slastudio.model.Clause;
import org.slastudio.model.ClockStart;
import org.slastudio.model.Contact;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.DataSource;
import org.slastudio.model.Decimals;
import org.slastudio.model.EarnBack;
import org.slastudio.model.LevelCost;
import org.slastudio.model.OutageDurations;
import org.slastudio.model.OutageModel;
import org.slastudio.model.ProviderCost;
import org.slastudio.model.ServiceAssumptions;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementMethod;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Money;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Position;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Quantity;
import org.slastudio.model.Renewal;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.Round;
import org.slastudio.model.Section;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Signatory;
import org.slastudio.model.TargetComparator;
import org.slastudio.model.Term;
import org.slastudio.model.TierBound;
import org.slastudio.model.WeeklyHours;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the tree of a draft file into the model by hand, field by field. A bad value is reported and left out
 * (null), never guessed, and kept with the unknown fields so that saving writes it back unless the user replaces
 * it; everything else is still read.
 */
final class DraftReader {
    private static final String LEFT_OUT = "; it was left out.";
    private static final String KEPT = "; it was left out, and stays in the file as written until you enter a new value.";

    private final Migrations migrations;
    private final List<LoadProblem> problems;
    private final UnknownFields.Builder unknown = new UnknownFields.Builder();

    DraftReader(Migrations migrations, List<LoadProblem> problems) {
        this.migrations = migrations;
        this.problems = problems;
    }

    Draft read(ObjectNode root) {
        migrate(root);
        Agreement agreement = object(root, "$", "$", o -> {
            o.get("schemaVersion");
            Overview overview = object(o, "overview", this::overview);
            if (overview == null) {
                if (o.get("overview") == null) {
                    problem(o.at("overview"), "missing; every draft needs an overview with at least a title. An empty one"
                            + " was put in its place.");
                }
                overview = Overview.blank();
            }
            return new Agreement(overview,
                    list(o, "parties", true, objects(this::party)),
                    list(o, "services", true, objects(this::service)),
                    list(o, "windows", true, objects(this::window)),
                    object(o, "creditRegime", this::creditRegime),
                    list(o, "metrics", true, objects(this::metric)),
                    list(o, "clauses", false, objects(this::clause)),
                    list(o, "figures", true, objects(this::figure)),
                    object(o, "simulationAssumptions", this::simulationAssumptions),
                    object(o, "negotiation", this::negotiation));
        });
        return new Draft(agreement, unknown.build());
    }

    private void migrate(ObjectNode root) {
        int current = migrations.current();
        JsonNode field = root.get("schemaVersion");
        String path = "$.schemaVersion";
        if (field == null || field.isNull()) {
            notice(path, "missing; read as schema " + current + ", the version this SLA Studio writes. Add \"schemaVersion\": "
                    + current + " as the first field.");
            return;
        }
        if (!field.isIntegralNumber() || !field.canConvertToInt()) {
            problem(path, "expected a whole number such as " + current + ", found " + Json.describe(field) + "; read as schema "
                    + current + ".");
            return;
        }
        int version = field.intValue();
        if (version > current) {
            notice(path, "written by a newer SLA Studio (schema " + version + "); this version reads up to " + current
                    + ". What it does not know is kept and written back, but saving marks the file as schema " + current
                    + "; open it in the newer version to be sure nothing is misread.");
        } else if (version < current && !migrations.upgrade(root, version)) {
            problem(path, "schema " + version + " is not a version SLA Studio ever wrote; this version reads schemas "
                    + migrations.oldest() + " to " + current + ". It was read as schema " + current + "; set \"schemaVersion\": "
                    + current + " if that is right.");
        }
    }

    private Overview overview(Fields o) {
        return new Overview(
                text(o, "title"),
                choice(o, "type", AgreementType.class),
                date(o, "effectiveDate"),
                object(o, "term", this::term),
                text(o, "purpose"),
                text(o, "governingLaw"),
                currency(o, "currency"),
                choice(o, "measurementPeriod", MeasurementPeriod.class),
                zone(o, "timeZone"),
                text(o, "version"));
    }

    private Term term(Fields o) {
        return new Term(whole(o, "initialMonths", "36"), choice(o, "renewal", Renewal.class), whole(o, "renewalMonths", "12"),
                whole(o, "noticeDays", "90"));
    }

    private Party party(Fields o) {
        return new Party(text(o, "id"), choice(o, "role", PartyRole.class), text(o, "legalName"), text(o, "address"),
                object(o, "contact", c -> new Contact(text(c, "name"), text(c, "email"), text(c, "phone"))),
                object(o, "signatory", s -> new Signatory(text(s, "name"), text(s, "title"))));
    }

    private Service service(Fields o) {
        return new Service(
                text(o, "id"),
                text(o, "name"),
                text(o, "description"),
                text(o, "providerId"),
                text(o, "recipientId"),
                object(o, "monthlyFee", this::money),
                decimal(o, "businessImportance", "3"),
                object(o, "downtimeCostPerHour", this::money),
                list(o, "levels", false, objects(l -> new ServiceLevel(text(l, "windowId"),
                        decimal(l, "targetPercent", "99.95"), flag(l, "creditBearing")))),
                object(o, "measurement", this::measurement));
    }

    private Money money(Fields o) {
        return new Money(decimal(o, "amount", "2000.00"), currency(o, "currency"));
    }

    private MeasurementRule measurement(Fields o) {
        return new MeasurementRule(
                choice(o, "method", MeasurementMethod.class),
                whole(o, "intervalMinutes", "5"),
                decimal(o, "errorRateThresholdPercent", "5.0"),
                whole(o, "minimumOutageMinutes", "5"),
                choice(o, "clockStart", ClockStart.class),
                flag(o, "periodsInUtc"));
    }

    private AvailabilityWindow window(Fields o) {
        return new AvailabilityWindow(
                text(o, "id"),
                text(o, "name"),
                zone(o, "zone"),
                list(o, "hours", false, objects(h -> new WeeklyHours(days(h, "days"), time(h, "from"), time(h, "until")))),
                list(o, "holidays", false, (node, path, slot) -> date(node, path, LEFT_OUT)),
                list(o, "maintenance", false, objects(m -> new MaintenanceWindow(text(m, "name"), days(m, "days"),
                        time(m, "from"), time(m, "until"), whole(m, "noticeHours", "72")))));
    }

    private CreditRegime creditRegime(Fields o) {
        return new CreditRegime(
                list(o, "tiers", false, objects(t -> new CreditTier(object(t, "lower", this::bound),
                        object(t, "upper", this::bound), decimal(t, "creditPercent", "10"), object(t, "fixedCredit", this::money)))),
                choice(o, "feeBasis", FeeBasis.class),
                decimal(o, "monthlyCapPercent", "50"),
                decimal(o, "rollingTwelveMonthCapPercent", "20"),
                object(o, "atRisk", a -> new AtRiskAmount(decimal(a, "percentOfMonthlyCharges", "12"),
                        list(a, "allocations", false, objects(p -> new PoolAllocation(text(p, "serviceId"),
                                decimal(p, "percent", "50")))))),
                object(o, "minimumCredit", this::money),
                object(o, "earnBack", e -> new EarnBack(whole(e, "followingPeriods", "3"), decimal(e, "requiredPercent", "99.95"))),
                object(o, "claimDeadline", c -> new ClaimDeadline(choice(c, "rule", ClaimDeadlineRule.class),
                        whole(c, "count", "30"))),
                flag(o, "soleRemedy"));
    }

    private SimulationAssumptions simulationAssumptions(Fields o) {
        return new SimulationAssumptions(
                list(o, "candidateLevels", false, this::decimal),
                object(o, "outages", this::outages),
                object(o, "providerCost", this::providerCost),
                list(o, "services", false, objects(s -> new ServiceAssumptions(text(s, "serviceId"),
                        list(s, "candidateLevels", false, this::decimal), object(s, "outages", this::outages),
                        object(s, "providerCost", this::providerCost)))),
                whole(o, "trials", "100000"),
                wholeLong(o, "seed", "20260101"));
    }

    private OutageModel outages(Fields o) {
        return new OutageModel(
                choice(o, "durations", OutageDurations.class),
                decimal(o, "meanTimeToRepairMinutes", "60"),
                decimal(o, "meanTimeBetweenFailuresHours", "720"),
                decimal(o, "lognormalSigma", "1.0"),
                decimal(o, "engineeringMarginPercent", "20"));
    }

    private ProviderCost providerCost(Fields o) {
        return new ProviderCost(
                list(o, "table", false, objects(r -> new LevelCost(decimal(r, "levelPercent", "99.9"),
                        object(r, "monthlyCost", this::money)))),
                object(o, "baseMonthlyCost", this::money),
                decimal(o, "baseLevelPercent", "99.9"),
                decimal(o, "multiplierPerNine", "2"));
    }

    /** A number standing alone in a list, such as a candidate level or a fallback. */
    private BigDecimal decimal(JsonNode node, String path, String slot) {
        if (!node.isNumber() && !Json.isBeyondAnyDecimal(node)) {
            problem(path, "expected a number such as 99.9, found " + Json.describe(node) + LEFT_OUT);
            return null;
        }
        if (!inRange(node)) {
            problem(path, outOfRange(node, "99.9") + LEFT_OUT);
            return null;
        }
        return plain(node.decimalValue());
    }

    /** Also keeps 1e400 from becoming a 400-digit number on the next save. */
    private static boolean inRange(JsonNode number) {
        return !Json.isBeyondAnyDecimal(number) && Decimals.fits(number.decimalValue());
    }

    private static String outOfRange(JsonNode number, String example) {
        return Json.describe(number) + " is out of range; " + Decimals.limit(example);
    }

    /** 1e2 means 100: keep the plain form, which is how it will be written. */
    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private Long wholeLong(Fields o, String name, String example) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isIntegralNumber()) {
            return reject(o, name, "the number " + node.decimalValue() + " is too large; use a whole number such as " + example
                    + KEPT);
        }
        return expected(o, name, "a whole number such as " + example, node);
    }

    private TierBound bound(Fields o) {
        return new TierBound(decimal(o, "percent", "99.0"), flag(o, "inclusive"));
    }

    private Metric metric(Fields o) {
        return new Metric(
                text(o, "id"),
                text(o, "name"),
                choice(o, "kind", MetricKind.class),
                text(o, "serviceId"),
                choice(o, "comparator", TargetComparator.class),
                decimal(o, "target", "99.9"),
                text(o, "unit"),
                list(o, "priorityTargets", false, objects(p -> new PriorityTarget(choice(p, "priority", Priority.class),
                        duration(p, "within"), decimal(p, "compliancePercent", "95")))),
                text(o, "clockWindowId"),
                choice(o, "period", MeasurementPeriod.class),
                choice(o, "reporting", ReportingFrequency.class),
                choice(o, "dataSource", DataSource.class),
                text(o, "responsiblePartyId"),
                choice(o, "classification", MetricClassification.class));
    }

    private Clause clause(Fields o) {
        return new Clause(choice(o, "section", Section.class), text(o, "heading"), text(o, "text"));
    }

    private AgreedFigure figure(Fields o) {
        return new AgreedFigure(text(o, "id"), text(o, "name"), object(o, "value", v -> new Quantity(
                decimal(v, "amount", "30"), choice(v, "unit", Quantity.Unit.class), currency(v, "currency"))));
    }

    private Negotiation negotiation(Fields o) {
        return new Negotiation(
                list(o, "positions", false, objects(p -> new Position(text(p, "term"), decimal(p, "opening", "99.95"),
                        list(p, "fallbacks", false, this::decimal), decimal(p, "walkAway", "99.5")))),
                list(o, "rounds", false, objects(r -> {
                    Integer number = whole(r, "number", "2");
                    return new Round(number == null ? 0 : number, text(r, "proposedBy"), date(r, "date"), text(r, "note"));
                })));
    }

    /** The fields of one object in the file; remembers which were asked for, so the rest are the unknown ones. */
    private static final class Fields {
        final JsonNode node;
        final String path;
        final String slot;
        final Set<String> known = new HashSet<>();
        /** Fields whose value could not be used; kept as they are, in case the file is newer or the user fixes it. */
        final Set<String> rejected = new HashSet<>();

        Fields(JsonNode node, String path, String slot) {
            this.node = node;
            this.path = path;
            this.slot = slot;
        }

        /** The value, or null when absent or JSON null (a missing value and null mean the same). */
        JsonNode get(String name) {
            known.add(name);
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value;
        }

        String at(String name) {
            return child(path, name);
        }
    }

    /** Reads one object of the file with {@code reader}, then keeps and reports the fields the reader did not ask for. */
    private <T> T object(JsonNode node, String path, String slot, Function<Fields, T> reader) {
        if (!node.isObject()) {
            problem(path, "expected an object { ... }, found " + Json.describe(node) + "; it was left out.");
            return null;
        }
        Fields fields = new Fields(node, path, slot);
        T value = reader.apply(fields);
        String anchor = "";
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (fields.rejected.contains(name)) {
                unknown.add(slot, anchor, name, field.getValue());
                anchor = name;
            } else if (fields.known.contains(name)) {
                anchor = name;
            } else {
                unknown.add(slot, anchor, name, field.getValue());
                notice(child(path, name), "unknown field; this version of SLA Studio does not use it, but keeps it and"
                        + " writes it back when saving." + didYouMean(name, fields.known));
            }
        }
        return value;
    }

    private <T> T object(Fields o, String name, Function<Fields, T> reader) {
        JsonNode node = o.get(name);
        if (node != null && !node.isObject()) {
            return expected(o, name, "an object { ... }", node);
        }
        return node == null ? null : object(node, o.at(name), o.slot + "." + name, reader);
    }

    private interface Element<T> {
        T read(JsonNode node, String path, String slot);
    }

    private <T> Element<T> objects(Function<Fields, T> reader) {
        return (node, path, slot) -> object(node, path, slot, reader);
    }

    /**
     * A list; a gap or an unreadable element stays in the list as null, so positions match the file.
     *
     * @param byId elements carry an id, and their unknown fields follow the id rather than the position
     */
    private <T> List<T> list(Fields o, String name, boolean byId, Element<T> element) {
        JsonNode node = o.get(name);
        List<T> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        String path = o.at(name);
        if (!node.isArray()) {
            problem(path, "expected a list [ ... ], found " + Json.describe(node) + "; read as an empty list.");
            return values;
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode e : node) {
            JsonNode id = byId && e.isObject() ? e.get("id") : null;
            ids.add(id != null && id.isString() ? id.asString() : null);
        }
        List<String> slots = UnknownFields.elementSlots(o.slot + "." + name, ids);
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            String at = path + "[" + i + "]";
            if (e.isNull()) {
                problem(at, "an empty entry (null) in the list; remove it or fill it in.");
                values.add(null);
            } else {
                values.add(element.read(e, at, slots.get(i)));
            }
        }
        return values;
    }

    private String text(Fields o, String name) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            return expected(o, name, "text in double quotes", node);
        }
        return node.asString();
    }

    private Integer whole(Fields o, String name, String example) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isIntegralNumber()) {
            return reject(o, name, "the number " + node.decimalValue() + " is too large; use a whole number such as " + example
                    + KEPT);
        }
        return expected(o, name, "a whole number such as " + example, node);
    }

    private BigDecimal decimal(Fields o, String name, String example) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        if (!node.isNumber() && !Json.isBeyondAnyDecimal(node)) {
            String hint = node.isString() && looksLikeNumber(node.asString()) ? " (remove the quotes)" : "";
            return expected(o, name, "a number such as " + example + hint, node);
        }
        if (!inRange(node)) {
            return reject(o, name, outOfRange(node, example) + KEPT);
        }
        return plain(node.decimalValue());
    }

    private static boolean looksLikeNumber(String text) {
        if (text.length() > Json.MAX_NUMBER_LENGTH) {
            return false; // and parsing a million digits would take a while
        }
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private boolean flag(Fields o, String name) {
        JsonNode node = o.get(name);
        if (node == null) {
            notice(o.at(name), "missing; taken as false. Write true or false.");
            return false;
        }
        if (!node.isBoolean()) {
            problem(o.at(name), "expected true or false (without quotes), found " + Json.describe(node) + "; taken as false.");
            return false;
        }
        return node.booleanValue();
    }

    private <E extends Enum<E>> E choice(Fields o, String name, Class<E> type) {
        JsonNode node = o.get(name);
        E value = node == null ? null : choice(node, o.at(name), type, KEPT);
        if (node != null && value == null) {
            o.rejected.add(name);
        }
        return value;
    }

    private <E extends Enum<E>> E choice(JsonNode node, String path, Class<E> type, String outcome) {
        String allowed = String.join(", ", EnumNames.all(type));
        if (!node.isString()) {
            problem(path, "expected one of " + allowed + " (in double quotes), found " + Json.describe(node) + outcome);
            return null;
        }
        E value = EnumNames.parse(type, node.asString());
        if (value == null) {
            problem(path, "\"" + node.asString() + "\" is not one of the allowed values: " + allowed + outcome);
        }
        return value;
    }

    private Set<DayOfWeek> days(Fields o, String name) {
        JsonNode node = o.get(name);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (node == null) {
            return days;
        }
        String path = o.at(name);
        if (!node.isArray()) {
            problem(path, "expected a list of days such as [\"monday\", \"tuesday\"], found " + Json.describe(node)
                    + "; read as no days.");
            return days;
        }
        for (int i = 0; i < node.size(); i++) {
            DayOfWeek day = choice(node.get(i), path + "[" + i + "]", DayOfWeek.class, LEFT_OUT);
            if (day != null) {
                days.add(day);
            }
        }
        return days;
    }

    private LocalDate date(Fields o, String name) {
        JsonNode node = o.get(name);
        LocalDate value = node == null ? null : date(node, o.at(name), KEPT);
        if (node != null && value == null) {
            o.rejected.add(name);
        }
        return value;
    }

    private LocalDate date(JsonNode node, String path, String outcome) {
        String example = "a date written year-month-day such as \"2026-01-01\"";
        if (!node.isString()) {
            problem(path, "expected " + example + ", found " + Json.describe(node) + outcome);
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeException e) {
            problem(path, Json.describe(node) + " is not valid here; expected " + example + outcome);
            return null;
        }
    }

    private LocalTime time(Fields o, String name) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        String example = "a time of day such as \"08:00\"";
        if (!node.isString()) {
            return expected(o, name, example, node);
        }
        if (node.asString().startsWith("24:00")) {
            return reject(o, name, "\"24:00\" is not a time of day; write \"00:00\", which at the end of a range means"
                    + " midnight at the end of the day" + KEPT);
        }
        try {
            return LocalTime.parse(node.asString());
        } catch (DateTimeException e) {
            return notValid(o, name, node, example + " (24-hour clock)");
        }
    }

    private Duration duration(Fields o, String name) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        String example = "a duration in ISO 8601 such as \"PT15M\" (15 minutes), \"PT4H\" (4 hours) or \"PT100H\" (100 hours)";
        if (!node.isString()) {
            return expected(o, name, example, node);
        }
        Duration value;
        try {
            value = Duration.parse(node.asString());
        } catch (DateTimeException e) {
            return notValid(o, name, node, example);
        }
        if (value.abs().compareTo(PriorityTarget.LONGEST) > 0) {
            return reject(o, name, Json.describe(node) + " is out of range; a time target is at most "
                    + PriorityTarget.LONGEST.toDays() + " days (\"P" + PriorityTarget.LONGEST.toDays() + "D\"), e.g. \"PT4H\"" + KEPT);
        }
        return value;
    }

    private ZoneId zone(Fields o, String name) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        String example = "a time zone name such as \"Europe/London\", \"America/New_York\" or \"UTC\"";
        if (!node.isString()) {
            return expected(o, name, example, node);
        }
        try {
            return ZoneId.of(node.asString());
        } catch (DateTimeException e) {
            return notValid(o, name, node, example);
        }
    }

    private Currency currency(Fields o, String name) {
        JsonNode node = o.get(name);
        if (node == null) {
            return null;
        }
        String example = "a three-letter ISO 4217 currency code such as \"EUR\", \"GBP\" or \"USD\"";
        if (!node.isString()) {
            return expected(o, name, example, node);
        }
        try {
            return Currency.getInstance(node.asString());
        } catch (IllegalArgumentException e) {
            return notValid(o, name, node, example);
        }
    }

    private <T> T expected(Fields o, String name, String what, JsonNode found) {
        return reject(o, name, "expected " + what + ", found " + Json.describe(found) + KEPT);
    }

    private <T> T notValid(Fields o, String name, JsonNode found, String what) {
        return reject(o, name, Json.describe(found) + " is not valid here; expected " + what + KEPT);
    }

    /** Leaves the value out of the agreement but keeps it for the file, so saving does not lose what was there. */
    private <T> T reject(Fields o, String name, String message) {
        o.rejected.add(name);
        problem(o.at(name), message);
        return null;
    }

    private void problem(String path, String message) {
        problems.add(LoadProblem.problem(path, message));
    }

    private void notice(String path, String message) {
        problems.add(LoadProblem.notice(path, message));
    }

    /** {@code $.overview.title}, or {@code $["odd name"]} for names a dotted path cannot show. */
    static String child(String path, String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return path + "." + name;
        }
        return path + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static String didYouMean(String name, Set<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            if (distance(lower, candidate.toLowerCase(Locale.ROOT)) <= 2) {
                return " If you meant \"" + candidate + "\", correct the spelling.";
            }
        }
        return "";
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
