package org.slastudio.store;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schema 1 to 2. Schema 1 owed no credit for a period that met the level's target, whatever the tiers said; schema 2
 * computes the tiers as drafted unless the regime says credits are owed only for a missed target. A schema-1 draft
 * whose tiers reach a credit-bearing target (a month at or above it falls in a tier) is given
 * {@code "trigger": "target-missed"}, so it keeps its meaning; any other draft means the same under either rule and
 * is left as it was.
 */
final class TiersAsDrafted {
    static final Migration MIGRATION = new Migration(1,
            "credits follow the tiers as drafted; drafts whose tiers reach a target keep 'only a missed target earns a credit'",
            TiersAsDrafted::upgrade);

    private TiersAsDrafted() {
    }

    static void upgrade(ObjectNode root) {
        if (!(root.get("creditRegime") instanceof ObjectNode regime) || regime.has("trigger")
                || !(regime.get("tiers") instanceof tools.jackson.databind.node.ArrayNode tiers)) {
            return;
        }
        for (JsonNode tier : tiers) {
            for (BigDecimal target : creditBearingTargets(root)) {
                if (reaches(tier, target)) {
                    regime.put("trigger", "target-missed");
                    return;
                }
            }
        }
    }

    private static java.util.List<BigDecimal> creditBearingTargets(ObjectNode root) {
        java.util.List<BigDecimal> targets = new java.util.ArrayList<>();
        JsonNode services = root.get("services");
        if (services == null || !services.isArray()) {
            return targets;
        }
        for (JsonNode service : services) {
            JsonNode levels = service == null ? null : service.get("levels");
            if (levels == null || !levels.isArray()) {
                continue;
            }
            for (JsonNode level : levels) {
                JsonNode bearing = level == null ? null : level.get("creditBearing");
                JsonNode target = level == null ? null : level.get("targetPercent");
                if (bearing != null && bearing.isBoolean() && bearing.booleanValue() && target != null && target.isNumber()) {
                    targets.add(target.decimalValue());
                }
            }
        }
        return targets;
    }

    /** Whether some availability at or above the target lies in the tier. */
    private static boolean reaches(JsonNode tier, BigDecimal target) {
        if (tier == null || !tier.isObject()) {
            return false;
        }
        JsonNode lower = tier.get("lower");
        if (lower != null && lower.isObject() && lower.get("percent") != null && lower.get("percent").isNumber()
                && lower.get("percent").decimalValue().compareTo(BigDecimal.valueOf(100)) > 0) {
            return false;
        }
        JsonNode upper = tier.get("upper");
        if (upper == null || !upper.isObject() || upper.get("percent") == null || !upper.get("percent").isNumber()) {
            return true;
        }
        int c = upper.get("percent").decimalValue().compareTo(target);
        JsonNode inclusive = upper.get("inclusive");
        return c > 0 || (c == 0 && inclusive != null && inclusive.isBoolean() && inclusive.booleanValue());
    }
}
