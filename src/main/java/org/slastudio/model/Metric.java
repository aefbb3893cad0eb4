package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something measured and reported: availability, response and resolution times by priority, counts such as
 * qualified leads per month, error rates, or anything else the parties agree.
 *
 * @param serviceId          the service it measures, if any
 * @param comparator         how the measured value is held against the target
 * @param target             the target for single-valued metrics, e.g. 400 (leads) or 99.9 (%)
 * @param priorityTargets    time targets by priority, for response and resolution times
 * @param clockWindowId      the window whose hours the clock runs in (business hours); null is a 24x7 clock
 * @param responsiblePartyId the party that must meet the target
 * @param classification     critical (credit-bearing) or key (reported only)
 */
public record Metric(
        String id,
        String name,
        MetricKind kind,
        String serviceId,
        TargetComparator comparator,
        BigDecimal target,
        String unit,
        List<PriorityTarget> priorityTargets,
        String clockWindowId,
        MeasurementPeriod period,
        ReportingFrequency reporting,
        DataSource dataSource,
        String responsiblePartyId,
        MetricClassification classification) {

    public Metric {
        priorityTargets = Lists.copy(priorityTargets);
    }
}
