package org.slastudio.simulation;

import java.math.BigDecimal;
import org.slastudio.model.Money;

/**
 * What one level of one service means for both sides, per month unless named otherwise. Probabilities are shares
 * between 0 and 1, to four places; amounts are rounded to the currency's minor units. Under a quarterly or weekly
 * measurement period, "per period" is per quarter or week, and monthly amounts are a twelfth of the year's.
 *
 * @param allowedMinutesPerMonth     downtime the level allows in the window in the first month of the term (AllowedDowntime)
 * @param breachProbabilityPerPeriod chance that a period's counted downtime exceeds the allowance
 * @param breachProbabilityPerYear   chance of at least one such period in a year
 * @param creditPerPeriod95          a period's credit is at most this in 95% of periods
 * @param creditPerYear95            a year's credits are at most this in 95% of years (value at risk)
 * @param creditPerYearStandardError the Monte Carlo standard error of the expected credits per year
 * @param expectedCustomerLoss       downtime inside the window priced at the customer's cost per hour
 * @param uncoveredLoss              the part of that loss credits do not make good
 * @param providerCost               the provider's cost of delivering the level
 * @param fee                        the fee at this level, if the provider keeps its mark-up on cost
 * @param marginAtCurrentFee         current fee - provider cost - expected credits
 * @param breakEvenFee               the fee at which the provider's margin is nil; null where credits eat every fee
 * @param customerTotalCost          fee at this level + expected loss - expected credits
 * @param jointCost                  provider cost + expected customer loss; fees and credits only move money between
 *                                   the parties, so the level with the least joint cost has the greatest joint surplus
 * @param exactCreditPerYear         the exact method's expected credits per year, where the model allows it
 */
public record LevelOutlook(
        BigDecimal levelPercent,
        BigDecimal allowedMinutesPerMonth,
        BigDecimal breachProbabilityPerPeriod,
        BigDecimal breachProbabilityPerYear,
        Money expectedCreditPerMonth,
        Money expectedCreditPerYear,
        Money creditPerPeriod95,
        Money creditPerYear95,
        Money creditPerYearStandardError,
        Money expectedCustomerLoss,
        Money uncoveredLoss,
        Money providerCost,
        Money fee,
        Money marginAtCurrentFee,
        Money breakEvenFee,
        Money customerTotalCost,
        Money jointCost,
        Money largestCreditPerPeriod,
        Money largestCreditPerYear,
        Money exactCreditPerYear,
        CreditHistogram histogram) {
}
