package org.slastudio.simulation;

import java.util.List;
import org.slastudio.model.Money;

/**
 * Simulated periods by the credit they issued: those with none, then equal bins from nothing to the largest credit.
 *
 * @param binWidth           the width of each bin
 * @param periodsWithoutCredit periods that issued no credit
 * @param periodsPerBin      periods with a credit in each bin, the first starting just above nothing
 */
public record CreditHistogram(Money binWidth, long periodsWithoutCredit, List<Long> periodsPerBin) {

    public CreditHistogram {
        periodsPerBin = List.copyOf(periodsPerBin);
    }
}
