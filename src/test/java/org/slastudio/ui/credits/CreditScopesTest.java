package org.slastudio.ui.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slastudio.model.CreditRegime;
import org.slastudio.model.FeeBasis;
import org.slastudio.model.MinimumCreditRule;
import org.slastudio.model.Money;

class CreditScopesTest {

    @Test
    void theAgreementsMinimumCreditIsWrittenInTheMoneyFormatWithThousandsSeparators() {
        CreditRegime shared = new CreditRegime(List.of(), FeeBasis.AFFECTED_SERVICE, new BigDecimal("30"), null, null,
                Money.of("18500.00", "EUR"), null, null, false, null, MinimumCreditRule.AT_LEAST, null);

        assertThat(CreditScopes.followsText(shared))
                .contains("(monthly cap 30%, minimum EUR 18,500.00)")
                .doesNotContain("18500");
    }

    @Test
    void aMinimumInAYenAgreementHasNoMinorUnits() {
        CreditRegime shared = new CreditRegime(List.of(), FeeBasis.AFFECTED_SERVICE, null, null, null,
                Money.of("250000", "JPY"), null, null, false, null, MinimumCreditRule.MORE_THAN, null);

        assertThat(CreditScopes.followsText(shared)).contains("(minimum: more than JPY 250,000)");
    }
}
