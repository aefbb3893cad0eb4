package org.slastudio.export;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One SLO as the agreement states it, in OpenSLO's terms but not yet in YAML.
 *
 * @param name           a DNS label, unique among the export's SLOs
 * @param service        the name of the {@code Service} document it belongs to
 * @param target         the share of good events or time, exact, from 0 up to (not including) 1
 * @param thresholdValue for a threshold indicator, the most each event may measure ({@code op: lte}); else null
 * @param indicator      what the inline SLI counts; its metric sources are placeholders
 * @param annotations    where the objective comes from: agreement, version, fingerprint, the term's place in the draft
 */
record OpenSloObjective(
        String name,
        String displayName,
        String service,
        String description,
        OpenSloChoices.Budgeting budgeting,
        OpenSloChoices.TimeWindow timeWindow,
        String objectiveName,
        BigDecimal target,
        BigDecimal thresholdValue,
        Indicator indicator,
        Map<String, String> annotations) {

    /** How the indicator counts: good (or bad) events over all of them, or each event's value against a threshold. */
    enum Counting { GOOD_OVER_TOTAL, BAD_OVER_TOTAL, THRESHOLD }

    /**
     * The inline SLI, each count a placeholder query in words.
     *
     * @param measured what the numerator counts (good or bad events), or under a threshold what each event measures
     * @param total    what the denominator counts; null under a threshold
     */
    record Indicator(String name, String displayName, String description, Counting counting, String measured,
                     String total) {

        Indicator named(String value) {
            return new Indicator(value, displayName, description, counting, measured, total);
        }
    }

    OpenSloObjective named(String value, String limitedDescription) {
        return new OpenSloObjective(value, displayName, service, limitedDescription, budgeting, timeWindow, objectiveName,
                target, thresholdValue, indicator.named(value), annotations);
    }

    /** A {@code Service} document: the services the SLOs name. */
    record ServiceEntry(String name, String displayName, String description) {
    }
}
