package org.slastudio.model;

/**
 * When a credit tier applies. Published SLAs are drafted both ways: a band that reaches the target ("at or below
 * 99.9%: 10%" with a 99.9% target) pays at the target if the tiers alone decide, and not if credits are owed only
 * for a missed target.
 */
public enum CreditTrigger {
    /** The tier table alone decides, as drafted: a month in a tier earns its credit even at the target. */
    TIERS_AS_DRAFTED,
    /** Credits are owed only for a period that misses the level's target; the tier then sets the amount. */
    TARGET_MISSED
}
