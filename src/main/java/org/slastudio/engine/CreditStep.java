package org.slastudio.engine;

import java.math.BigDecimal;

/**
 * One step of a credit calculation, in words a contract reader can check.
 *
 * @param rule        which rule of the regime the step applies, e.g. "tier", "monthly cap"
 * @param explanation e.g. "99.884% is below 99.99% and at least 99.0%: tier 1, 10% of EUR 2,000.00 = EUR 200.00"
 * @param creditAfter the exact credit after this step, in the calculation's currency
 */
public record CreditStep(String rule, String explanation, BigDecimal creditAfter) {
}
