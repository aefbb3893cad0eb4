package org.slastudio.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

public final class LevelSplit {
    public static void main(String[] args) {
        SimulationBenchmark b = new SimulationBenchmark();
        b.regime = "tiers-and-cap";
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var models = b.levelsForCheck();
        double[] yearly = new double[20_000];
        for (int round = 0; round < 4; round++) {
            for (int l = 0; l < 5; l++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < 10; i++) {
                    MonteCarlo.run(models.get(l), 20_000, 42, 1, false, () -> false, yearly, null);
                }
                double s = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.printf("level %d rate %.2f: %.1f ns per service-month%n", l, models.get(l).outages().outagesPerPeriod()[0], s / (10 * 20_000 * 12) * 1e9);
            }
        }
    }
}
