package org.slastudio.ui.simulator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.scene.chart.XYChart;
import org.slastudio.model.Money;
import org.slastudio.simulation.CreditHistogram;

/** A credit histogram as bars: months without credit, then each bin by its upper bound, as shares of all months. */
final class Histograms {
    private Histograms() {
    }

    static XYChart.Series<String, Number> series(CreditHistogram h) {
        long total = h.periodsWithoutCredit() + h.periodsPerBin().stream().mapToLong(Long::longValue).sum();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.getData().add(new XYChart.Data<>("none", share(h.periodsWithoutCredit(), total)));
        BigDecimal width = h.binWidth().amount();
        for (int i = 0; i < h.periodsPerBin().size(); i++) {
            BigDecimal bound = width.multiply(BigDecimal.valueOf(i + 1L));
            String upTo = LevelRow.money(new Money(bound, h.binWidth().currency()));
            // Narrow bins would round to the same whole amount, and a category axis needs each label once.
            if (upTo.equals(series.getData().get(series.getData().size() - 1).getXValue())) {
                upTo = bound.setScale(2, RoundingMode.HALF_UP).toPlainString();
            }
            series.getData().add(new XYChart.Data<>(upTo, share(h.periodsPerBin().get(i), total)));
        }
        return series;
    }

    /** Percent of all months, to two places. */
    static double share(long count, long total) {
        return total == 0 ? 0 : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
