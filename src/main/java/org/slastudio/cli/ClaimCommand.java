package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.slastudio.engine.Amounts;
import org.slastudio.engine.TermHistory;
import org.slastudio.export.AgreementPdf;
import org.slastudio.export.ClaimLetterPdf;
import org.slastudio.export.ExportFiles;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.ServiceHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "claim",
        description = "Write the customer's letter to the provider claiming the Service Credits of a range still open "
                + "on --as-of, as a PDF dated that day: each credit's period, service, measured availability, tier and "
                + "amount, the total, how each was worked out and by when it must be claimed, citing the agreement's "
                + "clauses; parties' names and addresses from the draft. Credits whose deadline has passed are left out "
                + "and listed here.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the letter was written",
                "1:the draft has errors that stop the calculation, or no credit is open to claim (no letter is written)",
                "2:a file could not be read, a row of the CSV is wrong, or the command was used wrongly"})
final class ClaimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (*.sla.json).")
    Path draft;

    @Option(names = "--outages", paramLabel = "CSV", description = "The records of the range, as credit reads them.")
    Path outagesFile;

    @Option(names = "--from", required = true, paramLabel = "PERIOD", description = "The first period, e.g. 2026-01.")
    String fromText;

    @Option(names = "--to", required = true, paramLabel = "PERIOD", description = "The last period, e.g. 2026-03.")
    String toText;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the PDF, e.g. claim.pdf; an existing file is replaced.")
    Path output;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day the letter is dated and sent: credits whose deadline has passed by then are left out "
                    + "(default: today).")
    LocalDate asOf;

    @Option(names = "--service", paramLabel = "ID", description = "Claim for this service only.")
    String serviceId;

    @Option(names = "--final", description = "Leave out the DRAFT mark: the copy to send.")
    boolean finalCopy;

    @Option(names = "--force", description = "Write the letter even though the review finds errors in the draft.")
    boolean force;

    @Override
    public Integer call() {
        Ahead.start("fonts", AgreementPdf::prepareFonts);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServiceHistory history;
        try {
            history = RangeHistory.of(new RangeHistory.Asked("claim", draft, fromText, toText, asOf, outagesFile, serviceId,
                    force), err);
        } catch (Drafts.Refused refused) {
            return refused.status();
        }
        List<TermHistory.Entry> expired = ClaimLetterPdf.expired(history);
        expired.forEach(e -> err.printf("claim: left out: %s %s, %s, its claim deadline %s passed%n", e.period().label(),
                e.service().id(), Amounts.money(e.credit().credit()), e.claimBy()));
        if (ClaimLetterPdf.claimable(history).isEmpty()) {
            err.printf("claim: no Service Credit of %s to %s is open to claim on %s%s: no letter written%n",
                    history.first().label(), history.last().label(), history.asOf(),
                    expired.isEmpty() ? " (none is owed)" : "");
            return Cli.FINDINGS;
        }
        ExportOptions options = new ExportOptions(!finalCopy, ZonedDateTime.now(), null);
        ClaimLetterPdf.Result result;
        try {
            result = ExportFiles.writeAtomically(output, stream -> ClaimLetterPdf.write(history, options, stream));
        } catch (IllegalArgumentException e) {
            err.println("claim: " + e.getMessage());
            return Cli.UNREADABLE;
        } catch (IOException e) {
            err.printf("claim: cannot write %s (%s)%n", output, e.getMessage());
            return Cli.UNREADABLE;
        }
        String currency = result.claimed().get(0).credit().credit().currency() == null ? ""
                : result.claimed().get(0).credit().credit().currency().getCurrencyCode() + " ";
        out.printf("Wrote %s: %d page%s, %d Service Credit%s claimed, %s%s in all, dated %s, %s, fingerprint %s%n", output,
                result.pages(), result.pages() == 1 ? "" : "s", result.claimed().size(), result.claimed().size() == 1 ? "" : "s",
                currency, result.total().toPlainString(), history.asOf(), finalCopy ? "final copy" : "marked DRAFT",
                result.fingerprint());
        for (TermHistory.Entry e : result.claimed()) {
            out.printf("  %-8s %-20s %16s  claim by %s%n", e.period().label(), e.service().id(),
                    Amounts.money(e.credit().credit()), e.claimBy() == null ? "-" : e.claimBy());
        }
        return Cli.OK;
    }
}
