package org.slastudio.engine.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * Writes a year (2026) of outage records as our CSV: {@code ROWS} outages of 1 to 11 minutes spread at random over
 * services {@code s1} to {@code sN}, the ids of the agreement ExportBenchmark's main grows. For scripts/bench-history.sh.
 *
 * <p>{@code java -cp target/benchmarks.jar org.slastudio.engine.bench.YearOfRecords year.csv 50 500000}
 */
public final class YearOfRecords {
    private YearOfRecords() {
    }

    public static void main(String[] args) throws IOException {
        int services = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        Random random = new Random(7);
        long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        long year = 365L * 86_400;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            out.println("start,end,service");
            for (int i = 0; i < rows; i++) {
                long from = start + (long) (random.nextDouble() * (year - 3_600));
                long length = 60 + random.nextInt(600);
                out.println(Instant.ofEpochSecond(from) + "," + Instant.ofEpochSecond(from + length) + ",s" + (1 + random.nextInt(services)));
            }
        }
    }
}
