package org.slastudio.model;

import java.math.BigDecimal;

/**
 * The provider regains a credit when it meets (or beats) a level for a number of following periods.
 *
 * @param followingPeriods   how many consecutive periods after the miss must meet the level
 * @param requiredPercent    availability required in each of them; null means the service's own target
 */
public record EarnBack(Integer followingPeriods, BigDecimal requiredPercent) {
}
