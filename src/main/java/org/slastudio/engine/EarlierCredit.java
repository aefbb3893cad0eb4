package org.slastudio.engine;

import java.math.BigDecimal;

/**
 * What an earlier period contributed to the rolling 12-month cap.
 *
 * @param feeBasis the fee basis of that period
 * @param credited the credit issued for it (after earn-back: a credit earned back was not issued)
 */
public record EarlierCredit(MeasurementPeriodRange period, BigDecimal feeBasis, BigDecimal credited) {
}
