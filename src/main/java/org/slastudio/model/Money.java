package org.slastudio.model;

import java.math.BigDecimal;
import java.util.Currency;

/** An exact amount in a currency. */
public record Money(BigDecimal amount, Currency currency) {

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    @Override
    public String toString() {
        return (currency == null ? "" : currency.getCurrencyCode() + " ") + (amount == null ? "" : amount.toPlainString());
    }
}
