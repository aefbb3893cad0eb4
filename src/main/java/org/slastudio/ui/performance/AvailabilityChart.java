package org.slastudio.ui.performance;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * Availability per period, a line per service level, with each target the levels are held to drawn across the plot
 * as a dashed line named at its end; the legend names the levels only.
 */
final class AvailabilityChart extends LineChart<String, Number> {
    private final NumberAxis percent;
    private final List<Line> targetLines = new ArrayList<>();
    private final List<Label> targetLabels = new ArrayList<>();
    private final List<Double> targets = new ArrayList<>();

    AvailabilityChart() {
        this(new CategoryAxis(), new NumberAxis());
    }

    private AvailabilityChart(CategoryAxis periods, NumberAxis percent) {
        super(periods, percent);
        this.percent = percent;
        periods.setLabel("Measurement period");
        percent.setLabel("Availability (%)");
        percent.setAutoRanging(false);
        percent.setForceZeroInRange(false);
        setAnimated(false);
        setCreateSymbols(true);
    }

    void show(AvailabilityLines lines) {
        getPlotChildren().removeAll(targetLines);
        getPlotChildren().removeAll(targetLabels);
        targetLines.clear();
        targetLabels.clear();
        targets.clear();
        percent.setLowerBound(lines.lower());
        percent.setUpperBound(lines.upper());
        percent.setTickUnit(lines.tick());
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (AvailabilityLines.Line line : lines.lines()) {
            if (line.target()) {
                Line drawn = new Line();
                drawn.getStyleClass().add("performance-target-line");
                Label name = new Label(line.name());
                name.getStyleClass().add("performance-target-label");
                targetLines.add(drawn);
                targetLabels.add(name);
                targets.add(line.points().isEmpty() ? 100 : line.points().get(0).percent());
                continue;
            }
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(line.name());
            line.points().forEach(p -> s.getData().add(new XYChart.Data<>(p.period(), p.percent())));
            series.add(s);
        }
        getData().setAll(series);
        getPlotChildren().addAll(targetLines);
        getPlotChildren().addAll(targetLabels);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double width = getXAxis().getWidth();
        // Targets from the highest down; a name that would sit on the one above it goes under its own line.
        double taken = -1;
        for (int i = 0; i < targetLines.size(); i++) {
            double y = percent.getDisplayPosition(targets.get(i));
            Line line = targetLines.get(i);
            line.setStartX(0);
            line.setEndX(width);
            line.setStartY(y);
            line.setEndY(y);
            line.toFront();
            Label name = targetLabels.get(i);
            name.autosize();
            double above = y - name.getHeight() - 1;
            double top = above < 0 || above < taken ? y + 1 : above;
            name.relocate(width - name.getWidth() - 4, top);
            taken = top + name.getHeight();
        }
    }
}
