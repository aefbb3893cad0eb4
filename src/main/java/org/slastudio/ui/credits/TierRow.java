package org.slastudio.ui.credits;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slastudio.model.CreditTier;
import org.slastudio.model.Money;
import org.slastudio.model.TierBound;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.Parsers;

/**
 * A credit tier being edited: its two bounds with their inclusivity, and the credit it earns. A bound typed as
 * "target" is the target of the level the tier applies to, so one table serves levels with different targets.
 */
final class TierRow {
    /** A bound as typed: a percentage, or the level's target. */
    record Edge(BigDecimal percent, boolean target) {
        static Edge of(TierBound b) {
            return b == null ? null : new Edge(b.percent(), b.atTarget());
        }

        TierBound bound(boolean inclusive) {
            return target ? TierBound.target(inclusive) : new TierBound(percent, inclusive);
        }

        static Edge parse(String text) {
            String s = text.strip().toLowerCase(Locale.ROOT);
            if (s.equals("target") || s.equals("the target")) {
                return new Edge(null, true);
            }
            try {
                return new Edge(Parsers.percent(text), false);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("enter a percentage from 0 to 100, e.g. 99.0, or \"target\" for the level's target");
            }
        }

        String text() {
            return target ? "target" : percent.toPlainString();
        }
    }

    final Input<Edge> lower = new Input<>("Tier lower bound", Edge::parse, Edge::text);
    final ObjectProperty<Boolean> lowerInclusive = new SimpleObjectProperty<>(true);
    final Input<Edge> upper = new Input<>("Tier upper bound", Edge::parse, Edge::text);
    final ObjectProperty<Boolean> upperInclusive = new SimpleObjectProperty<>(false);
    final Input<BigDecimal> creditPercent = new Input<>("Credit percent", Parsers::percent, BigDecimal::toPlainString);
    final Input<BigDecimal> fixedCredit = new Input<>("Fixed credit", Parsers::amount, BigDecimal::toPlainString);
    final Input<BigDecimal> downtimeMultiple = new Input<>("Multiple of the fees for the downtime", Parsers::number,
            BigDecimal::toPlainString);
    private final CreditTier loaded;

    TierRow(CreditTier tier) {
        loaded = tier;
        lower.show(Edge.of(tier.lower()));
        lowerInclusive.set(tier.lower() == null || tier.lower().inclusive());
        upper.show(Edge.of(tier.upper()));
        upperInclusive.set(tier.upper() != null && tier.upper().inclusive());
        creditPercent.show(tier.creditPercent());
        fixedCredit.show(tier.fixedCredit() == null ? null : tier.fixedCredit().amount());
        downtimeMultiple.show(tier.downtimeMultiple());
    }

    List<Input<?>> inputs() {
        return List.of(lower, upper, creditPercent, fixedCredit, downtimeMultiple);
    }

    /** The lower bound's percentage, where it is one: the next tier down starts below it. */
    BigDecimal lowerPercent() {
        Edge e = lower.valueOr(null);
        return e == null || e.target() ? null : e.percent();
    }

    /**
     * A blank bound is an open one; a tier earns whichever of a percentage, a fixed amount or a multiple of the fees
     * for the downtime is filled in (the review reports a tier with two).
     */
    CreditTier build(Currency currency) {
        Edge low = lower.valueOr(Edge.of(loaded.lower()));
        Edge high = upper.valueOr(Edge.of(loaded.upper()));
        BigDecimal fixed = fixedCredit.valueOr(loaded.fixedCredit() == null ? null : loaded.fixedCredit().amount());
        return new CreditTier(low == null ? null : low.bound(Boolean.TRUE.equals(lowerInclusive.get())),
                high == null ? null : high.bound(Boolean.TRUE.equals(upperInclusive.get())),
                creditPercent.valueOr(loaded.creditPercent()),
                fixed == null ? null : new Money(fixed, currency),
                downtimeMultiple.valueOr(loaded.downtimeMultiple()));
    }
}
