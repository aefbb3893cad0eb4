package org.slastudio.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Our internal stance on one negotiable number: what we ask for first, what we would concede to in order, and
 * where we stop. Internal: never part of what the counterparty sees.
 * Which way is better for us follows from opening and walk-away (opening 99.95, walk-away 99.5: higher is better).
 *
 * @param term      the term's key, by ids rather than positions, e.g.
 *                  {@code services[hosting].levels[business].targetPercent} or {@code creditRegime.tiers[1].creditPercent}
 *                  (tiers, which have no ids, by their index); durations in minutes, money by its amount
 * @param fallbacks concessions in the order we would make them
 */
public record Position(String term, BigDecimal opening, List<BigDecimal> fallbacks, BigDecimal walkAway) {

    public Position {
        fallbacks = Lists.copy(fallbacks);
    }
}
