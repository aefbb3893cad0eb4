package org.slastudio.export;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.Contact;
import org.slastudio.model.DataSource;
import org.slastudio.model.MeasurementPeriod;
import org.slastudio.model.Metric;
import org.slastudio.model.MetricClassification;
import org.slastudio.model.MetricKind;
import org.slastudio.model.Money;
import org.slastudio.model.Party;
import org.slastudio.model.PartyRole;
import org.slastudio.model.Priority;
import org.slastudio.model.PriorityTarget;
import org.slastudio.model.ReportingFrequency;
import org.slastudio.model.Service;
import org.slastudio.model.ServiceLevel;
import org.slastudio.model.Signatory;
import org.slastudio.model.TargetComparator;

/**
 * The example agreement grown to the size of a large outsourcing deal: many services and metrics, and a third
 * party whose name is not in Latin script.
 */
final class LongAgreements {
    private static final String[] NAMES = {"Données clients", "Хранилище архива", "Υπηρεσία καταλόγου", "Straße-Routing",
            "Čtečka faktur", "Łącze zapasowe", "Øresund Gateway", "Ürün arama"};

    private LongAgreements() {
    }

    /** Writes the 100-service draft to a file, to time the export command on it. */
    public static void main(String[] args) throws java.io.IOException {
        org.slastudio.store.DraftStore.save(java.nio.file.Path.of(args[0]),
                org.slastudio.store.Draft.of(of(100, 50)));
    }

    static String serviceName(int i) {
        return String.format("Service %03d %s", i, NAMES[i % NAMES.length]);
    }

    static String serviceDescription(int i) {
        return "Operated platform number " + i + " with replicated storage and round-the-clock monitoring, described "
                + "in Schedule 1, item " + i + ".";
    }

    static String metricName(int i) {
        return String.format("Measure %02d %s", i, i % 2 == 0 ? "incident response" : "incident resolution");
    }

    static Agreement of(int serviceCount, int metricCount) {
        Agreement example = ExportedPdf.example().agreement();
        List<Party> parties = new ArrayList<>(example.parties());
        parties.add(new Party("subcontractor", PartyRole.SUBCONTRACTOR, "Αθηναϊκή Δικτύων Α.Ε.",
                "Λεωφόρος Κηφισίας 44, 151 25 Μαρούσι, Ελλάδα", new Contact("Γραφείο εξυπηρέτησης", "noc@athens.example", null),
                new Signatory("Łukasz Żółkiewski", "Διευθύνων Σύμβουλος")));
        List<Service> services = new ArrayList<>();
        for (int i = 1; i <= serviceCount; i++) {
            List<ServiceLevel> levels = i % 3 == 0
                    ? List.of(new ServiceLevel("business-hours", new BigDecimal("99.5"), true),
                            new ServiceLevel("outside-business-hours", new BigDecimal("98.0"), false))
                    : List.of(new ServiceLevel("24x7", new BigDecimal(i % 2 == 0 ? "99.95" : "99.9"), true));
            Service template = example.services().get(i % example.services().size());
            services.add(new Service("s" + i, serviceName(i), serviceDescription(i), "provider", "customer",
                    Money.of(1000 + i * 10 + ".50", "EUR"), BigDecimal.ONE, null, levels, template.measurement()));
        }
        List<Metric> metrics = new ArrayList<>();
        for (int i = 1; i <= metricCount; i++) {
            Priority priority = Priority.values()[i % 4];
            metrics.add(new Metric("m" + i, metricName(i), i % 2 == 0 ? MetricKind.RESPONSE_TIME : MetricKind.RESOLUTION_TIME,
                    "s" + i, TargetComparator.AT_MOST, null, null,
                    List.of(new PriorityTarget(priority, Duration.ofMinutes(15L * i), new BigDecimal("95"))),
                    i % 5 == 0 ? "business-hours" : null, MeasurementPeriod.CALENDAR_MONTH, ReportingFrequency.MONTHLY,
                    DataSource.AUTOMATED, "provider", MetricClassification.KEY));
        }
        return example.withParties(parties).withServices(services).withMetrics(metrics);
    }
}
