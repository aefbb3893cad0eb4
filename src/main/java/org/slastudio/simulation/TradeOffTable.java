package org.slastudio.simulation;

import java.util.Currency;
import java.util.List;

/**
 * Every service at every candidate level, and the agreement as drafted.
 *
 * @param trials simulated years behind the numbers
 * @param seed   the seed that reproduces them
 */
public record TradeOffTable(int trials, long seed, Currency currency, List<ServiceTradeOff> services,
                            AgreementOutlook agreement) {

    public TradeOffTable {
        services = List.copyOf(services);
    }
}
