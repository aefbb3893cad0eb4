package org.slastudio.simulation;

import java.math.BigDecimal;
import org.slastudio.model.Money;

/**
 * The whole agreement at the levels it drafts now, services failing independently of each other.
 *
 * @param breachProbabilityPerPeriod chance that at least one service breaches in a period
 * @param breachProbabilityPerYear   chance that at least one service breaches in a year
 * @param creditPerYear95            the agreement's credits in a year are at most this in 95% of years
 */
public record AgreementOutlook(
        BigDecimal breachProbabilityPerPeriod,
        BigDecimal breachProbabilityPerYear,
        Money expectedCreditPerMonth,
        Money expectedCreditPerYear,
        Money creditPerYear95,
        Money expectedCustomerLoss,
        Money uncoveredLoss,
        Money providerCost,
        Money fee,
        Money marginAtCurrentFee) {
}
