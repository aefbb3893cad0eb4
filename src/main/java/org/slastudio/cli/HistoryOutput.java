package org.slastudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slastudio.engine.Amounts;
import org.slastudio.engine.CreditCalculation;
import org.slastudio.engine.CreditStep;
import org.slastudio.engine.MeasurementPeriodRange;
import org.slastudio.engine.TermHistory;
import org.slastudio.model.Agreement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A range of periods as the credit command prints it: a table per service level, JSON, or CSV rows. */
final class HistoryOutput {
    private HistoryOutput() {
    }

    /** The entries of one level of one service, in period order. */
    private static Map<String, List<TermHistory.Entry>> byLevel(List<TermHistory.Entry> entries) {
        Map<String, List<TermHistory.Entry>> levels = new LinkedHashMap<>();
        for (TermHistory.Entry e : entries) {
            levels.computeIfAbsent(e.service().id() + "\u0000" + e.level().windowId(), k -> new ArrayList<>()).add(e);
        }
        return levels;
    }

    static void table(PrintWriter out, Agreement agreement, List<MeasurementPeriodRange> periods, List<TermHistory.Entry> entries,
                      LocalDate asOf) {
        out.printf("Service credits, %s to %s, read on %s%n", periods.get(0).label(), periods.get(periods.size() - 1).label(), asOf);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal pending = BigDecimal.ZERO;
        int open = 0;
        Currency currency = null;
        for (List<TermHistory.Entry> level : byLevel(entries).values()) {
            TermHistory.Entry first = level.get(0);
            out.printf("%n%s (%s), %s, target %s%s%n", first.service().name(), first.service().id(), first.window().name(),
                    Amounts.percent(first.level().targetPercent()), first.level().creditBearing() ? "" : ", reported only");
            out.printf("  %-9s %13s %8s %5s %16s  %-12s %s%n", "Period", "Availability", "Downtime", "Tier", "Credit",
                    "Earn-back", "Claim by");
            BigDecimal owed = BigDecimal.ZERO;
            for (TermHistory.Entry e : level) {
                CreditCalculation c = e.credit();
                if (c != null && c.credit() != null) {
                    currency = c.credit().currency();
                }
                String credit = c == null ? "" : Amounts.money(c.credit());
                String claim = e.claimBy() == null || e.owed().signum() == 0 ? "" : e.claimBy() + (e.claimClosed() ? " (passed)" : "");
                open += e.claimBy() != null && e.owed().signum() > 0 && !e.claimClosed() ? 1 : 0;
                out.printf("  %-9s %13s %8s %5s %16s  %-12s %s%n", e.period().label(), shortPercent(e.measured().availabilityPercent()),
                        minutes(e.measured().downtime().toMillis()) + " min", c == null || c.tier() == null ? "-" : c.tier(),
                        credit, c == null ? "" : earnBack(c.earnBack()), claim);
                owed = owed.add(e.owed());
                if (c != null && c.earnBack() == CreditCalculation.EarnBackOutcome.PENDING) {
                    pending = pending.add(e.owed());
                }
            }
            total = total.add(owed);
            if (first.level().creditBearing()) {
                out.printf("  %-9s %13s %8s %5s %16s%n", "Total", "", "", "", currency == null ? owed.toPlainString()
                        : Amounts.money(owed, currency));
            }
        }
        out.printf("%nOwed in the range: %s%s; %d claim%s still open on %s.%n", currency == null ? total.toPlainString()
                : Amounts.money(total, currency), pending.signum() == 0 || currency == null ? ""
                : ", of which " + Amounts.money(pending, currency) + " may yet be earned back", open, open == 1 ? "" : "s", asOf);
    }

    static String json(Agreement agreement, List<MeasurementPeriodRange> periods, List<TermHistory.Entry> entries, LocalDate asOf,
                       List<String> warnings) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("from", periods.get(0).label());
        root.put("to", periods.get(periods.size() - 1).label());
        root.put("asOf", asOf.toString());
        ArrayNode levels = root.putArray("levels");
        BigDecimal total = BigDecimal.ZERO;
        for (List<TermHistory.Entry> level : byLevel(entries).values()) {
            TermHistory.Entry first = level.get(0);
            ObjectNode node = levels.addObject();
            node.put("service", first.service().id());
            node.put("window", first.level().windowId());
            node.put("targetPercent", first.level().targetPercent());
            node.put("creditBearing", first.level().creditBearing());
            ArrayNode list = node.putArray("periods");
            for (TermHistory.Entry e : level) {
                ObjectNode p = list.addObject();
                p.put("period", e.period().label());
                p.put("start", e.period().start().toString());
                p.put("end", e.period().lastDay().toString());
                p.put("availabilityPercent", e.measured().availabilityPercent());
                p.put("downtimeMinutes", new BigDecimal(minutes(e.measured().downtime().toMillis())));
                CreditCalculation c = e.credit();
                if (c != null) {
                    if (c.tier() != null) {
                        p.put("tier", c.tier());
                    }
                    p.put("credit", c.credit().amount());
                    p.put("currency", c.credit().currency() == null ? null : c.credit().currency().getCurrencyCode());
                    p.put("exactCredit", c.exactCredit());
                    p.put("feeBasis", c.feeBasis().amount());
                    p.put("earnBack", c.earnBack().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    if (e.claimBy() != null) {
                        p.put("claimBy", e.claimBy().toString());
                        p.put("claimDeadlinePassed", e.claimClosed());
                    }
                    ArrayNode steps = p.putArray("steps");
                    for (CreditStep step : c.steps()) {
                        steps.addObject().put("rule", step.rule()).put("explanation", step.explanation());
                    }
                }
                total = total.add(e.owed());
            }
        }
        root.put("totalOwed", total);
        ArrayNode w = root.putArray("warnings");
        warnings.forEach(w::add);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static String csv(List<TermHistory.Entry> entries) {
        StringBuilder csv = new StringBuilder("period,start,end,service,window,target_percent,availability_percent,"
                + "downtime_minutes,tier,credit,currency,earn_back,claim_by,claim_deadline_passed\n");
        for (TermHistory.Entry e : entries) {
            CreditCalculation c = e.credit();
            csv.append(e.period().label()).append(',').append(e.period().start()).append(',').append(e.period().lastDay())
                    .append(',').append(cell(e.service().id())).append(',').append(cell(e.level().windowId())).append(',')
                    .append(e.level().targetPercent() == null ? "" : e.level().targetPercent().toPlainString()).append(',')
                    .append(e.measured().availabilityPercent().setScale(6, RoundingMode.HALF_UP).toPlainString()).append(',')
                    .append(minutes(e.measured().downtime().toMillis())).append(',')
                    .append(c == null || c.tier() == null ? "" : c.tier()).append(',')
                    .append(c == null ? "" : c.credit().amount().toPlainString()).append(',')
                    .append(c == null || c.credit().currency() == null ? "" : c.credit().currency().getCurrencyCode()).append(',')
                    .append(c == null ? "" : c.earnBack().name().toLowerCase(Locale.ROOT).replace('_', '-')).append(',')
                    .append(e.claimBy() == null ? "" : e.claimBy()).append(',')
                    .append(e.claimBy() == null ? "" : e.claimClosed()).append('\n');
        }
        return csv.toString();
    }

    /** A cell as CSV quotes it where it holds a comma, a quote or a line break. */
    private static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String earnBack(CreditCalculation.EarnBackOutcome outcome) {
        return switch (outcome) {
            case NONE -> "-";
            case EARNED_BACK -> "earned back";
            case LOST -> "lost";
            case PENDING -> "pending";
        };
    }

    /** "99.7312%": four decimals for a table, cut rather than rounded so a miss never reads as a hit. */
    private static String shortPercent(BigDecimal value) {
        return value.setScale(4, RoundingMode.DOWN).toPlainString() + "%";
    }

    private static String minutes(long millis) {
        return BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(60_000), 3, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
