package org.slastudio.store;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slastudio.model.LevelCost;
import org.slastudio.model.OutageModel;
import org.slastudio.model.ProviderCost;
import org.slastudio.model.ServiceAssumptions;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.AtRiskAmount;
import org.slastudio.model.AvailabilityWindow;
import org.slastudio.model.ClaimDeadline;
import org.slastudio.model.Clause;
import org.slastudio.model.Contact;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.CreditTier;
import org.slastudio.model.EarnBack;
import org.slastudio.model.MaintenanceWindow;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Metric;
import org.slastudio.model.Money;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Overview;
import org.slastudio.model.Party;
import org.slastudio.model.PoolAllocation;
import org.slastudio.model.Position;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.Quantity;
import org.slastudio.model.Round;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Signatory;
import org.slastudio.model.Term;
import org.slastudio.model.TierBound;
import org.slastudio.model.WeeklyHours;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an agreement as the tree of a draft file: fields in record component order, nulls left out, lists always
 * present, and each unknown field put back after the known field it followed.
 */
final class DraftWriter {
    private final UnknownFields unknown;

    private DraftWriter(UnknownFields unknown) {
        this.unknown = unknown;
    }

    static ObjectNode write(Draft draft, int schemaVersion) {
        return new DraftWriter(draft.unknownFields()).agreement(draft.agreement(), schemaVersion);
    }

    private ObjectNode agreement(Agreement a, int schemaVersion) {
        Out o = new Out("$");
        o.put("schemaVersion", Json.NODES.numberNode(schemaVersion));
        o.put("overview", a.overview(), this::overview);
        o.put("parties", list(o.slot("parties"), a.parties(), Party::id, this::party));
        o.put("services", list(o.slot("services"), a.services(), Service::id, this::service));
        o.put("windows", list(o.slot("windows"), a.windows(), AvailabilityWindow::id, this::window));
        o.put("creditRegime", a.creditRegime(), this::creditRegime);
        o.put("metrics", list(o.slot("metrics"), a.metrics(), Metric::id, this::metric));
        o.put("clauses", list(o.slot("clauses"), a.clauses(), null, this::clause));
        o.put("figures", list(o.slot("figures"), a.figures(), AgreedFigure::id, this::figure));
        o.put("simulationAssumptions", a.simulationAssumptions(), this::simulationAssumptions);
        Negotiation n = a.negotiation();
        o.put("negotiation", n.positions().isEmpty() && n.rounds().isEmpty() ? null : n, this::negotiation);
        return o.done();
    }

    private ObjectNode overview(Overview v, String slot) {
        Out o = new Out(slot);
        o.put("title", text(v.title()));
        o.put("type", choice(v.type()));
        o.put("effectiveDate", time(v.effectiveDate()));
        o.put("term", v.term(), this::term);
        o.put("purpose", text(v.purpose()));
        o.put("governingLaw", text(v.governingLaw()));
        o.put("currency", v.currency() == null ? null : text(v.currency().getCurrencyCode()));
        o.put("measurementPeriod", choice(v.measurementPeriod()));
        o.put("timeZone", v.timeZone() == null ? null : text(v.timeZone().getId()));
        o.put("version", text(v.version()));
        return o.done();
    }

    private ObjectNode term(Term v, String slot) {
        Out o = new Out(slot);
        o.put("initialMonths", whole(v.initialMonths()));
        o.put("renewal", choice(v.renewal()));
        o.put("renewalMonths", whole(v.renewalMonths()));
        o.put("noticeDays", whole(v.noticeDays()));
        return o.done();
    }

    private ObjectNode party(Party v, String slot) {
        Out o = new Out(slot);
        o.put("id", text(v.id()));
        o.put("role", choice(v.role()));
        o.put("legalName", text(v.legalName()));
        o.put("address", text(v.address()));
        o.put("contact", v.contact(), this::contact);
        o.put("signatory", v.signatory(), this::signatory);
        return o.done();
    }

    private ObjectNode contact(Contact v, String slot) {
        Out o = new Out(slot);
        o.put("name", text(v.name()));
        o.put("email", text(v.email()));
        o.put("phone", text(v.phone()));
        return o.done();
    }

    private ObjectNode signatory(Signatory v, String slot) {
        Out o = new Out(slot);
        o.put("name", text(v.name()));
        o.put("title", text(v.title()));
        return o.done();
    }

    private ObjectNode service(Service v, String slot) {
        Out o = new Out(slot);
        o.put("id", text(v.id()));
        o.put("name", text(v.name()));
        o.put("description", text(v.description()));
        o.put("providerId", text(v.providerId()));
        o.put("recipientId", text(v.recipientId()));
        o.put("monthlyFee", v.monthlyFee(), this::money);
        o.put("businessImportance", decimal(v.businessImportance()));
        o.put("downtimeCostPerHour", v.downtimeCostPerHour(), this::money);
        o.put("levels", list(o.slot("levels"), v.levels(), null, this::level));
        o.put("measurement", v.measurement(), this::measurement);
        return o.done();
    }

    private ObjectNode money(Money v, String slot) {
        Out o = new Out(slot);
        o.put("amount", decimal(v.amount()));
        o.put("currency", v.currency() == null ? null : text(v.currency().getCurrencyCode()));
        return o.done();
    }

    private ObjectNode level(ServiceLevel v, String slot) {
        Out o = new Out(slot);
        o.put("windowId", text(v.windowId()));
        o.put("targetPercent", decimal(v.targetPercent()));
        o.put("creditBearing", flag(v.creditBearing()));
        return o.done();
    }

    private ObjectNode measurement(MeasurementRule v, String slot) {
        Out o = new Out(slot);
        o.put("method", choice(v.method()));
        o.put("intervalMinutes", whole(v.intervalMinutes()));
        o.put("errorRateThresholdPercent", decimal(v.errorRateThresholdPercent()));
        o.put("minimumOutageMinutes", whole(v.minimumOutageMinutes()));
        o.put("clockStart", choice(v.clockStart()));
        o.put("periodsInUtc", flag(v.periodsInUtc()));
        return o.done();
    }

    private ObjectNode window(AvailabilityWindow v, String slot) {
        Out o = new Out(slot);
        o.put("id", text(v.id()));
        o.put("name", text(v.name()));
        o.put("zone", v.zone() == null ? null : text(v.zone().getId()));
        o.put("hours", list(o.slot("hours"), v.hours(), null, this::hours));
        o.put("holidays", list(o.slot("holidays"), v.holidays(), null, (date, s) -> time(date)));
        o.put("maintenance", list(o.slot("maintenance"), v.maintenance(), null, this::maintenance));
        return o.done();
    }

    private ObjectNode hours(WeeklyHours v, String slot) {
        Out o = new Out(slot);
        o.put("days", days(v.days()));
        o.put("from", time(v.from()));
        o.put("until", time(v.until()));
        return o.done();
    }

    private ObjectNode maintenance(MaintenanceWindow v, String slot) {
        Out o = new Out(slot);
        o.put("name", text(v.name()));
        o.put("days", days(v.days()));
        o.put("from", time(v.from()));
        o.put("until", time(v.until()));
        o.put("noticeHours", whole(v.noticeHours()));
        return o.done();
    }

    private ObjectNode creditRegime(CreditRegime v, String slot) {
        Out o = new Out(slot);
        o.put("tiers", list(o.slot("tiers"), v.tiers(), null, this::tier));
        o.put("feeBasis", choice(v.feeBasis()));
        o.put("monthlyCapPercent", decimal(v.monthlyCapPercent()));
        o.put("rollingTwelveMonthCapPercent", decimal(v.rollingTwelveMonthCapPercent()));
        o.put("atRisk", v.atRisk(), this::atRisk);
        o.put("minimumCredit", v.minimumCredit(), this::money);
        o.put("earnBack", v.earnBack(), this::earnBack);
        o.put("claimDeadline", v.claimDeadline(), this::claimDeadline);
        o.put("soleRemedy", flag(v.soleRemedy()));
        return o.done();
    }

    private ObjectNode simulationAssumptions(SimulationAssumptions v, String slot) {
        Out o = new Out(slot);
        o.put("candidateLevels", list(o.slot("candidateLevels"), v.candidateLevels(), null, (d, s) -> decimal(d)));
        o.put("outages", v.outages(), this::outages);
        o.put("providerCost", v.providerCost(), this::providerCost);
        o.put("services", list(o.slot("services"), v.services(), null, this::serviceAssumptions));
        o.put("trials", whole(v.trials()));
        o.put("seed", v.seed() == null ? null : Json.NODES.numberNode(v.seed()));
        return o.done();
    }

    private ObjectNode serviceAssumptions(ServiceAssumptions v, String slot) {
        Out o = new Out(slot);
        o.put("serviceId", text(v.serviceId()));
        o.put("candidateLevels", list(o.slot("candidateLevels"), v.candidateLevels(), null, (d, s) -> decimal(d)));
        o.put("outages", v.outages(), this::outages);
        o.put("providerCost", v.providerCost(), this::providerCost);
        return o.done();
    }

    private ObjectNode outages(OutageModel v, String slot) {
        Out o = new Out(slot);
        o.put("durations", choice(v.durations()));
        o.put("meanTimeToRepairMinutes", decimal(v.meanTimeToRepairMinutes()));
        o.put("meanTimeBetweenFailuresHours", decimal(v.meanTimeBetweenFailuresHours()));
        o.put("lognormalSigma", decimal(v.lognormalSigma()));
        o.put("engineeringMarginPercent", decimal(v.engineeringMarginPercent()));
        return o.done();
    }

    private ObjectNode providerCost(ProviderCost v, String slot) {
        Out o = new Out(slot);
        o.put("table", list(o.slot("table"), v.table(), null, this::levelCost));
        o.put("baseMonthlyCost", v.baseMonthlyCost(), this::money);
        o.put("baseLevelPercent", decimal(v.baseLevelPercent()));
        o.put("multiplierPerNine", decimal(v.multiplierPerNine()));
        return o.done();
    }

    private ObjectNode levelCost(LevelCost v, String slot) {
        Out o = new Out(slot);
        o.put("levelPercent", decimal(v.levelPercent()));
        o.put("monthlyCost", v.monthlyCost(), this::money);
        return o.done();
    }

    private ObjectNode tier(CreditTier v, String slot) {
        Out o = new Out(slot);
        o.put("lower", v.lower(), this::bound);
        o.put("upper", v.upper(), this::bound);
        o.put("creditPercent", decimal(v.creditPercent()));
        o.put("fixedCredit", v.fixedCredit(), this::money);
        return o.done();
    }

    private ObjectNode bound(TierBound v, String slot) {
        Out o = new Out(slot);
        o.put("percent", decimal(v.percent()));
        o.put("inclusive", flag(v.inclusive()));
        return o.done();
    }

    private ObjectNode atRisk(AtRiskAmount v, String slot) {
        Out o = new Out(slot);
        o.put("percentOfMonthlyCharges", decimal(v.percentOfMonthlyCharges()));
        o.put("allocations", list(o.slot("allocations"), v.allocations(), null, this::allocation));
        return o.done();
    }

    private ObjectNode allocation(PoolAllocation v, String slot) {
        Out o = new Out(slot);
        o.put("serviceId", text(v.serviceId()));
        o.put("percent", decimal(v.percent()));
        return o.done();
    }

    private ObjectNode earnBack(EarnBack v, String slot) {
        Out o = new Out(slot);
        o.put("followingPeriods", whole(v.followingPeriods()));
        o.put("requiredPercent", decimal(v.requiredPercent()));
        return o.done();
    }

    private ObjectNode claimDeadline(ClaimDeadline v, String slot) {
        Out o = new Out(slot);
        o.put("rule", choice(v.rule()));
        o.put("count", whole(v.count()));
        return o.done();
    }

    private ObjectNode metric(Metric v, String slot) {
        Out o = new Out(slot);
        o.put("id", text(v.id()));
        o.put("name", text(v.name()));
        o.put("kind", choice(v.kind()));
        o.put("serviceId", text(v.serviceId()));
        o.put("comparator", choice(v.comparator()));
        o.put("target", decimal(v.target()));
        o.put("unit", text(v.unit()));
        o.put("priorityTargets", list(o.slot("priorityTargets"), v.priorityTargets(), null, this::priorityTarget));
        o.put("clockWindowId", text(v.clockWindowId()));
        o.put("period", choice(v.period()));
        o.put("reporting", choice(v.reporting()));
        o.put("dataSource", choice(v.dataSource()));
        o.put("responsiblePartyId", text(v.responsiblePartyId()));
        o.put("classification", choice(v.classification()));
        return o.done();
    }

    private ObjectNode priorityTarget(PriorityTarget v, String slot) {
        Out o = new Out(slot);
        o.put("priority", choice(v.priority()));
        o.put("within", v.within() == null ? null : text(v.within().toString()));
        o.put("compliancePercent", decimal(v.compliancePercent()));
        return o.done();
    }

    private ObjectNode clause(Clause v, String slot) {
        Out o = new Out(slot);
        o.put("section", choice(v.section()));
        o.put("heading", text(v.heading()));
        o.put("text", text(v.text()));
        return o.done();
    }

    private ObjectNode figure(AgreedFigure v, String slot) {
        Out o = new Out(slot);
        o.put("id", text(v.id()));
        o.put("name", text(v.name()));
        o.put("value", v.value(), this::quantity);
        return o.done();
    }

    private ObjectNode quantity(Quantity v, String slot) {
        Out o = new Out(slot);
        o.put("amount", decimal(v.amount()));
        o.put("unit", choice(v.unit()));
        o.put("currency", v.currency() == null ? null : text(v.currency().getCurrencyCode()));
        return o.done();
    }

    private ObjectNode negotiation(Negotiation v, String slot) {
        Out o = new Out(slot);
        o.put("positions", list(o.slot("positions"), v.positions(), null, this::position));
        o.put("rounds", list(o.slot("rounds"), v.rounds(), null, this::round));
        return o.done();
    }

    private ObjectNode position(Position v, String slot) {
        Out o = new Out(slot);
        o.put("term", text(v.term()));
        o.put("opening", decimal(v.opening()));
        o.put("fallbacks", list(o.slot("fallbacks"), v.fallbacks(), null, (value, s) -> decimal(value)));
        o.put("walkAway", decimal(v.walkAway()));
        return o.done();
    }

    private ObjectNode round(Round v, String slot) {
        Out o = new Out(slot);
        o.put("number", whole(v.number()));
        o.put("proposedBy", text(v.proposedBy()));
        o.put("date", time(v.date()));
        o.put("note", text(v.note()));
        return o.done();
    }

    /** One object being written, with the unknown fields of its slot slotted in after the fields they followed. */
    private final class Out {
        final ObjectNode node = Json.NODES.objectNode();
        final String slot;
        final Set<String> anchorsDone = new HashSet<>();

        Out(String slot) {
            this.slot = slot;
            unknownAfter("");
        }

        String slot(String name) {
            return slot + "." + name;
        }

        void put(String name, JsonNode value) {
            if (value != null) {
                node.remove(name); // a value kept from the file gives way to the agreement's, in the agreement's place
                node.set(name, value);
            }
            unknownAfter(name);
        }

        <T> void put(String name, T value, BiFunction<T, String, ObjectNode> writer) {
            put(name, value == null ? null : writer.apply(value, slot(name)));
        }

        private void unknownAfter(String anchor) {
            anchorsDone.add(anchor);
            for (UnknownFields.Field f : unknown.at(slot)) {
                if (f.anchor().equals(anchor) && !node.has(f.name())) {
                    node.set(f.name(), f.value().deepCopy());
                }
            }
        }

        ObjectNode done() {
            for (UnknownFields.Field f : unknown.at(slot)) {
                if (!anchorsDone.contains(f.anchor()) && !node.has(f.name())) {
                    node.set(f.name(), f.value().deepCopy());
                }
            }
            return node;
        }
    }

    /** @param id the id of an element, for keeping unknown fields with it; null for lists without ids */
    private <T> ArrayNode list(String slot, List<T> values, Function<T, String> id, BiFunction<T, String, JsonNode> writer) {
        List<String> ids = new ArrayList<>();
        for (T value : values) {
            ids.add(id == null || value == null ? null : id.apply(value));
        }
        List<String> slots = UnknownFields.elementSlots(slot, ids);
        ArrayNode array = Json.NODES.arrayNode();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            array.add(value == null ? Json.NODES.nullNode() : writer.apply(value, slots.get(i)));
        }
        return array;
    }

    private static JsonNode text(String value) {
        return value == null ? null : Json.NODES.stringNode(value);
    }

    private static JsonNode whole(Integer value) {
        return value == null ? null : Json.NODES.numberNode(value);
    }

    private static JsonNode decimal(BigDecimal value) {
        return value == null ? null : Json.number(value);
    }

    private static JsonNode flag(boolean value) {
        return Json.NODES.booleanNode(value);
    }

    private static JsonNode choice(Enum<?> value) {
        return value == null ? null : Json.NODES.stringNode(EnumNames.of(value));
    }

    /** Dates and times as ISO text: 2026-01-01, 08:00. */
    private static JsonNode time(TemporalAccessor value) {
        return value == null ? null : Json.NODES.stringNode(value.toString());
    }

    /** In week order, whatever order the set iterates in. */
    private static JsonNode days(Set<DayOfWeek> days) {
        ArrayNode array = Json.NODES.arrayNode();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.contains(day)) {
                array.add(EnumNames.of(day));
            }
        }
        return array;
    }
}
