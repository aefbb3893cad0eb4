package org.slastudio.ui.credits;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Money;
import org.slastudio.model.TierBound;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** A credit tier being edited: its two bounds with their inclusivity, and the credit it earns. */
final class TierRow {
    final Input<BigDecimal> lower = new Input<>("Tier lower bound", Parsers::percent, BigDecimal::toPlainString);
    final ObjectProperty<Boolean> lowerInclusive = new SimpleObjectProperty<>(true);
    final Input<BigDecimal> upper = new Input<>("Tier upper bound", Parsers::percent, BigDecimal::toPlainString);
    final ObjectProperty<Boolean> upperInclusive = new SimpleObjectProperty<>(false);
    final Input<BigDecimal> creditPercent = new Input<>("Credit percent", Parsers::percent, BigDecimal::toPlainString);
    final Input<BigDecimal> fixedCredit = new Input<>("Fixed credit", Parsers::amount, BigDecimal::toPlainString);
    private final CreditTier loaded;

    TierRow(CreditTier tier) {
        loaded = tier;
        lower.show(tier.lower() == null ? null : tier.lower().percent());
        lowerInclusive.set(tier.lower() == null || tier.lower().inclusive());
        upper.show(tier.upper() == null ? null : tier.upper().percent());
        upperInclusive.set(tier.upper() != null && tier.upper().inclusive());
        creditPercent.show(tier.creditPercent());
        fixedCredit.show(tier.fixedCredit() == null ? null : tier.fixedCredit().amount());
    }

    List<Input<BigDecimal>> inputs() {
        return List.of(lower, upper, creditPercent, fixedCredit);
    }

    /** A blank bound is an open one; a blank credit percent with a fixed amount is a fixed credit. */
    CreditTier build(Currency currency) {
        BigDecimal low = lower.valueOr(loaded.lower() == null ? null : loaded.lower().percent());
        BigDecimal high = upper.valueOr(loaded.upper() == null ? null : loaded.upper().percent());
        BigDecimal fixed = fixedCredit.valueOr(loaded.fixedCredit() == null ? null : loaded.fixedCredit().amount());
        return new CreditTier(bound(low, lowerInclusive.get(), loaded.lower()), bound(high, upperInclusive.get(), loaded.upper()),
                creditPercent.valueOr(loaded.creditPercent()),
                fixed == null ? null : new Money(fixed, currency));
    }

    /** A blank bound is open, unless it was loaded drawn at the target, which has no figure to show. */
    private static TierBound bound(BigDecimal percent, Boolean inclusive, TierBound loaded) {
        if (percent == null) {
            return loaded != null && loaded.atTarget() ? TierBound.target(Boolean.TRUE.equals(inclusive)) : null;
        }
        return new TierBound(percent, Boolean.TRUE.equals(inclusive));
    }
}
