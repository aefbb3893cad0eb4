package org.slastudio.simulation;

import java.util.Currency;
import java.util.List;

/**
 * Every service at every candidate level, and the agreement as drafted.
 *
 * @param trials simulated service-months for each service and level, as asked for
 * @param years  the whole simulated years they were run as
 * @param seed   the seed that reproduces the numbers
 */
public record TradeOffTable(int trials, int years, long seed, Currency currency, List<ServiceTradeOff> services,
                            AgreementOutlook agreement) {

    public TradeOffTable {
        services = List.copyOf(services);
    }
}
