package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.slastudio.engine.TermHistory;
import org.slastudio.engine.TicketCompliance;
import org.slastudio.export.AgreementPdf;
import org.slastudio.export.ExportFiles;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.ExportResult;
import org.slastudio.export.ServiceHistory;
import org.slastudio.export.ServiceReportPdf;
import org.slastudio.model.Agreement;
import org.slastudio.model.Service;
import org.slastudio.monitoring.TicketCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report",
        description = "Write the service report the agreement's reporting clause promises, as a PDF: for every period of "
                + "the range, each service level's availability against its target with the downtime allowed and used "
                + "(a chart and a table), the Service Credits owed with every step, earn-back and claim deadlines on "
                + "--as-of, and with --tickets the response and resolution of Incidents by priority; the agreement's "
                + "clauses cited by number, its version and fingerprint on every page.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the report was written",
                "1:the draft has errors that stop the calculation",
                "2:a file could not be read, a row of a CSV is wrong, or the command was used wrongly"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (*.sla.json).")
    Path draft;

    @Option(names = "--outages", paramLabel = "CSV", description = "The records of the range, as credit reads them: "
            + "outages (start,end,service), interval error rates or request counts.")
    Path outagesFile;

    @Option(names = "--from", required = true, paramLabel = "PERIOD",
            description = "The first period of the report, e.g. 2026-01 (a quarter 2026-Q1, a week 2026-W05).")
    String fromText;

    @Option(names = "--to", required = true, paramLabel = "PERIOD", description = "The last period, e.g. 2026-12; "
            + "the same as --from for a monthly report.")
    String toText;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the PDF, e.g. report.pdf; an existing file is replaced.")
    Path output;

    @Option(names = "--tickets", paramLabel = "CSV",
            description = "Incidents with a header row: " + TicketCsv.HEADER + " (ISO-8601 times; priority P1 to P4; "
                    + "an optional service column), measured against the metrics' targets by priority.")
    Path ticketsFile;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the report is read on, for claim deadlines and open tickets (default: today).")
    LocalDate asOf;

    @Option(names = "--service", paramLabel = "ID", description = "Report on this service only.")
    String serviceId;

    @Option(names = "--final", description = "Leave out the DRAFT mark.")
    boolean finalCopy;

    @Option(names = "--force", description = "Report even though the review finds errors in the draft.")
    boolean force;

    @Override
    public Integer call() {
        Ahead.start("fonts", AgreementPdf::prepareFonts);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (ticketsFile != null && !Files.isRegularFile(ticketsFile)) {
            err.printf("report: there is no file %s; give the Incidents with --tickets%n", ticketsFile);
            return Cli.UNREADABLE;
        }
        ServiceHistory history;
        try {
            history = RangeHistory.of(new RangeHistory.Asked("report", draft, fromText, toText, asOf, outagesFile, serviceId,
                    force), err);
        } catch (Drafts.Refused refused) {
            return refused.status();
        }
        ServiceReportPdf.Tickets tickets = null;
        if (ticketsFile != null) {
            try {
                tickets = tickets(history, err);
            } catch (Drafts.Refused refused) {
                return refused.status();
            }
        }
        ExportOptions options = new ExportOptions(!finalCopy, ZonedDateTime.now(), null);
        ServiceReportPdf.Tickets measured = tickets;
        ExportResult result;
        try {
            result = ExportFiles.writeAtomically(output, stream -> ServiceReportPdf.write(history, measured, options, stream));
        } catch (IOException e) {
            err.printf("report: cannot write %s (%s)%n", output, e.getMessage());
            return Cli.UNREADABLE;
        }
        BigDecimal owed = history.entries().stream().map(TermHistory.Entry::owed).reduce(BigDecimal.ZERO, BigDecimal::add);
        long levels = history.entries().stream().map(e -> e.service().id() + "\u0000" + e.level().windowId()).distinct().count();
        out.printf("Wrote %s: %d pages, %s to %s, %d service level%s, Service Credits due %s%s, %s, fingerprint %s%n", output,
                result.pages(), history.first().label(), history.last().label(), levels, levels == 1 ? "" : "s",
                owed.toPlainString(), tickets == null ? "" : ", " + tickets.result().measured().stream()
                        .map(TicketCompliance.Measured::ticket).distinct().count() + " Incidents measured",
                finalCopy ? "final copy" : "marked DRAFT", result.fingerprint());
        return Cli.OK;
    }

    /** The tickets read and measured; every bad row named, and nothing written, while any row is wrong. */
    private ServiceReportPdf.Tickets tickets(ServiceHistory history, PrintWriter err) throws Drafts.Refused {
        Agreement agreement = history.draft().agreement();
        ZoneId zone = agreement.overview() == null ? null : agreement.overview().timeZone();
        TicketCsv.Rows rows;
        try {
            rows = TicketCsv.read(ticketsFile, Drafts.ids(agreement.services(), Service::id), zone);
        } catch (IOException e) {
            err.printf("report: cannot read %s (%s)%n", ticketsFile, e.getMessage());
            throw new Drafts.Refused(Cli.UNREADABLE);
        }
        if (!rows.errors().isEmpty()) {
            rows.errors().forEach(line -> err.println("report: " + line));
            err.printf("report: %d row%s of %s %s wrong: no report written%n", rows.errors().size(),
                    rows.errors().size() == 1 ? "" : "s", ticketsFile, rows.errors().size() == 1 ? "is" : "are");
            throw new Drafts.Refused(Cli.UNREADABLE);
        }
        rows.warnings().forEach(line -> err.println("report: warning: " + line));
        ZoneId cut = zone == null ? ZoneOffset.UTC : zone;
        List<org.slastudio.engine.MeasurementPeriodRange> periods = history.periods();
        try {
            TicketCompliance.Result result = TicketCompliance.of(agreement, rows.tickets(), periods,
                    history.asOf().plusDays(1).atStartOfDay(cut).toInstant());
            return new ServiceReportPdf.Tickets(ticketsFile.getFileName().toString(), result);
        } catch (IllegalArgumentException e) {
            err.println("report: " + e.getMessage());
            throw new Drafts.Refused(Cli.FINDINGS);
        }
    }
}
