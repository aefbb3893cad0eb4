package org.slastudio.review;

import static org.slastudio.review.Drafts.set;
import static org.slastudio.review.ReviewCase.finds;
import static org.slastudio.review.Severity.ERROR;
import static org.slastudio.review.Severity.WARNING;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Money;

class MoneyAmountsTest {

    static Stream<ReviewCase> badAmounts() {
        return Stream.of(
                finds("negative fee", set("$.services[0].monthlyFee", Money.of("-1.00", "EUR")), "$.services[0].monthlyFee.amount", ERROR,
                        "Service 'Object Storage': the monthly fee of EUR -1.00 is negative"),
                finds("fee without amount", set("$.services[1].monthlyFee", new Money(null, Currency.getInstance("EUR"))),
                        "$.services[1].monthlyFee.amount", ERROR, "the monthly fee has no amount"),
                finds("fee without currency", set("$.services[1].monthlyFee", new Money(new BigDecimal("8500"), null)),
                        "$.services[1].monthlyFee.currency", ERROR, "the monthly fee has no currency"),
                finds("fee in another currency", set("$.services[0].monthlyFee", Money.of("12000", "USD")), "$.services[0].monthlyFee.currency",
                        WARNING, "the monthly fee is in USD, but the agreement is in EUR"),
                finds("downtime cost in another currency", set("$.services[1].downtimeCostPerHour", Money.of("5000", "GBP")),
                        "$.services[1].downtimeCostPerHour.currency", WARNING, "the cost of an hour of downtime is in GBP"),
                finds("fixed credit in another currency", Drafts.all(set("$.creditRegime.tiers[0].creditPercent", null),
                                set("$.creditRegime.tiers[0].fixedCredit", Money.of("500", "USD"))),
                        "$.creditRegime.tiers[0].fixedCredit.currency", WARNING, "Credit tier 1: the fixed credit is in USD"),
                finds("negative minimum credit", set("$.creditRegime.minimumCredit", Money.of("-100", "EUR")),
                        "$.creditRegime.minimumCredit.amount", ERROR, "The minimum credit of EUR -100 is negative"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAmounts")
    void amountsMustBeCompleteNotNegativeAndInTheAgreementsCurrency(ReviewCase c) {
        c.assertFound();
    }
}
