package org.slastudio.export.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slastudio.export.AgreementPdf;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.ExportResult;
import org.slastudio.export.WordDocument;
import org.slastudio.model.Agreement;
import org.slastudio.model.DataSource;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Money;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.TargetComparator;
import java.nio.file.Path;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.store.TemplateCatalogue;

/**
 * Exporting the example agreement, and the example grown to 100 services and 50 metrics, as a PDF and as a Word
 * document. The whole command, JVM start included, is timed by scripts/bench-export.sh on the agreement that
 * {@link #main} writes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {

    @Param({"3", "100"})
    public int services;

    @Param({"pdf", "docx"})
    public String format;

    private Draft draft;
    private final ExportOptions options = ExportOptions.draft();

    @Setup
    public void setUp() {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        Agreement example = catalogue.load(catalogue.find("cloud-hosting").orElseThrow()).draft().agreement();
        draft = Draft.of(services <= example.services().size() ? example : grown(example, services, 50));
    }

    @Benchmark
    public ExportResult export() throws IOException {
        return format.equals("docx") ? WordDocument.write(draft, options, OutputStream.nullOutputStream())
                : AgreementPdf.write(draft, options, OutputStream.nullOutputStream());
    }

    /** Writes the example grown to N services (and 50 metrics) as a draft file: {@code grown.sla.json 100}. */
    public static void main(String[] args) throws IOException {
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        Agreement example = catalogue.load(catalogue.find("cloud-hosting").orElseThrow()).draft().agreement();
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        DraftStore.save(Path.of(args[0]), Draft.of(grown(example, count, 50)));
    }

    static Agreement grown(Agreement example, int serviceCount, int metricCount) {
        List<Service> services = new ArrayList<>();
        for (int i = 1; i <= serviceCount; i++) {
            Service template = example.services().get(i % example.services().size());
            List<ServiceLevel> levels = i % 3 == 0 ? template.levels()
                    : List.of(new ServiceLevel("24x7", new BigDecimal(i % 2 == 0 ? "99.95" : "99.9"), true));
            services.add(new Service("s" + i, "Service " + i + " " + template.name(), template.description(),
                    "provider", "customer", Money.of(1000 + i + ".00", "EUR"), BigDecimal.ONE, null, levels,
                    template.measurement()));
        }
        List<Metric> metrics = new ArrayList<>();
        for (int i = 1; i <= metricCount; i++) {
            metrics.add(new Metric("m" + i, "Measure " + i, i % 2 == 0 ? MetricKind.RESPONSE_TIME : MetricKind.RESOLUTION_TIME,
                    "s" + i, TargetComparator.AT_MOST, null, null,
                    List.of(new PriorityTarget(Priority.values()[i % 4], Duration.ofMinutes(15L * i), new BigDecimal("95"))),
                    i % 5 == 0 ? "business-hours" : null, MeasurementPeriod.CALENDAR_MONTH, ReportingFrequency.MONTHLY,
                    DataSource.AUTOMATED, "provider", MetricClassification.KEY));
        }
        return example.withServices(services).withMetrics(metrics);
    }
}
