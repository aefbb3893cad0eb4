package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A service the agreement covers.
 *
 * @param providerId          id of the party that provides the service
 * @param recipientId         id of the party that receives it
 * @param monthlyFee          recurring fee; one-time fees never count towards credits
 * @param businessImportance  relative weight of the service to the customer, e.g. 1 to 5
 * @param downtimeCostPerHour what an hour of downtime inside the windows costs the customer
 * @param levels              the availability promised in each window, e.g. 99.5% in business hours, 98% outside
 */
public record Service(
        String id,
        String name,
        String description,
        String providerId,
        String recipientId,
        Money monthlyFee,
        BigDecimal businessImportance,
        Money downtimeCostPerHour,
        List<ServiceLevel> levels,
        MeasurementRule measurement) {

    public Service {
        levels = Lists.copy(levels);
    }

    public Service withLevels(List<ServiceLevel> value) {
        return new Service(id, name, description, providerId, recipientId, monthlyFee, businessImportance,
                downtimeCostPerHour, value, measurement);
    }
}
