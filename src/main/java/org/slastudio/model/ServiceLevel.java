package org.slastudio.model;

import java.math.BigDecimal;

/**
 * An availability target in one window.
 *
 * @param windowId      the availability window the target applies to
 * @param targetPercent the promised availability, exact, e.g. 99.95
 * @param creditBearing whether a miss in this window earns service credits (otherwise it is only reported)
 */
public record ServiceLevel(String windowId, BigDecimal targetPercent, boolean creditBearing) {
}
