package org.slastudio.model;

import java.math.BigDecimal;

/**
 * An availability target in one window.
 *
 * @param windowId      the availability window the target applies to
 * @param targetPercent the promised availability, exact, e.g. 99.95
 * @param creditBearing whether a miss in this window earns service credits (otherwise it is only reported)
 * @param credits       the level's own credit terms, each overriding the agreement's where set; null where it
 *                      follows the agreement's regime throughout
 */
public record ServiceLevel(String windowId, BigDecimal targetPercent, boolean creditBearing, LevelCredits credits) {

    public ServiceLevel(String windowId, BigDecimal targetPercent, boolean creditBearing) {
        this(windowId, targetPercent, creditBearing, null);
    }

    public ServiceLevel withCredits(LevelCredits value) {
        return new ServiceLevel(windowId, targetPercent, creditBearing, value);
    }
}
