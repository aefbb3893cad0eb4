package org.slastudio.simulation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The candidate levels of one service side by side.
 *
 * @param draftedLevelPercent         the level the draft promises now
 * @param lowestCustomerCostLevel     the level with the least total cost to the customer
 * @param greatestJointSurplusLevel   the level with the least joint cost, so the greatest surplus for both
 */
public record ServiceTradeOff(
        String serviceId,
        String serviceName,
        String windowId,
        BigDecimal draftedLevelPercent,
        List<LevelOutlook> levels,
        BigDecimal lowestCustomerCostLevel,
        BigDecimal greatestJointSurplusLevel) {

    public ServiceTradeOff {
        levels = List.copyOf(levels);
    }

    public LevelOutlook level(BigDecimal percent) {
        return levels.stream().filter(l -> l.levelPercent().compareTo(percent) == 0).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No candidate level " + percent.toPlainString() + "%"));
    }
}
