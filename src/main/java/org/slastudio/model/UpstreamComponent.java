package org.slastudio.model;

import java.math.BigDecimal;

/**
 * One thing a service runs on, with the availability its supplier publishes for it.
 *
 * @param percent the published availability, exact, e.g. 99.99
 * @param source  where the figure comes from, e.g. "AWS EC2 SLA, region-level 99.99%"; null if not noted
 */
public record UpstreamComponent(String name, BigDecimal percent, String source) implements Dependency {
}
