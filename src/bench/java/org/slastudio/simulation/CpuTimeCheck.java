package org.slastudio.simulation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Throughput per CPU-second of this thread, which a machine shared with other work does not distort as wall time. */
public final class CpuTimeCheck {
    private CpuTimeCheck() {
    }

    public static void main(String[] args) {
        SimulationBenchmark b = new SimulationBenchmark();
        b.regime = args.length > 0 ? args[0] : "tiers-and-cap";
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 8; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int repeats = 5;
            for (int i = 0; i < repeats; i++) {
                b.serviceMonthsOnOneCore();
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double months = repeats * 5.0 * 20_000 * 12;
            System.out.printf("one core: %.1f M service-months per CPU second (%.1f M per wall second)%n",
                    months / cpuSeconds / 1e6, months / wallSeconds / 1e6);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 6; round++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            b.fullTradeOffTable();
            double cpuMillis = (os.getProcessCpuTime() - cpu) / 1e6;
            System.out.printf("full table: %.0f ms wall, %.0f ms of CPU in all threads (%.1f M service-months per CPU second)%n",
                    (System.nanoTime() - wall) / 1e6, cpuMillis, 20 * 5 * 100_008 / cpuMillis / 1e3);
        }
    }
}
