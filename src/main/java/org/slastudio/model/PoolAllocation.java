package org.slastudio.model;

import java.math.BigDecimal;

/** The share of the at-risk amount a miss of one service costs. */
public record PoolAllocation(String serviceId, BigDecimal percent) {
}
