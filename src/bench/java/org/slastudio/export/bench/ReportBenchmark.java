package org.slastudio.export.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.slastudio.model.Agreement;
import org.slastudio.model.MeasurementRule;
import org.slastudio.model.Service;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.store.TemplateCatalogue;

/**
 * Writes the input of the service report's timing: the example grown to N services (as {@link ExportBenchmark} grows
 * it, every service measured by time so that the outage records reach them all) and a year of outage records for
 * them, mostly short blips under the five-minute minimum and some longer outages, in time order:
 * {@code grown.sla.json outages.csv 50 500000}. scripts/bench-report.sh times the report command on them.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int services = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 500_000;
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        Agreement example = catalogue.load(catalogue.find("cloud-hosting").orElseThrow()).draft().agreement();
        Agreement grown = ExportBenchmark.grown(example, services, 50);
        MeasurementRule byTime = example.services().get(0).measurement();
        List<Service> timed = new ArrayList<>();
        for (Service s : grown.services()) {
            timed.add(new Service(s.id(), s.name(), s.description(), s.providerId(), s.recipientId(), s.monthlyFee(),
                    s.businessImportance(), s.downtimeCostPerHour(), s.levels(), byTime));
        }
        DraftStore.save(Path.of(args[0]), Draft.of(grown.withServices(timed)));
        writeOutages(Path.of(args[1]), services, rows);
    }

    /**
     * Rows spread evenly over 2026, each on a service drawn at random; of service sN's, one in 50 x (1 + N mod 10)
     * lasts 5 to 30 minutes, so that some services miss their targets by far, some narrowly and some not at all.
     */
    static void writeOutages(Path file, int services, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(2026);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        long yearSeconds = ChronoUnit.SECONDS.between(start, Instant.parse("2027-01-01T00:00:00Z"));
        long step = yearSeconds / rows;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("start,end,service\n");
            for (int i = 0; i < rows; i++) {
                Instant from = start.plusSeconds(i * step + random.nextLong(step));
                int service = 1 + random.nextInt(services);
                long seconds = random.nextInt(50 * (1 + service % 10)) == 0 ? 300 + random.nextInt(1500) : 10 + random.nextInt(190);
                out.write(from + "," + from.plusSeconds(seconds) + ",s" + service + "\n");
            }
        }
    }
}
