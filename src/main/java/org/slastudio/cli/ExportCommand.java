package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.slastudio.export.AgreementPdf;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.ExportResult;
import org.slastudio.export.PdfFiles;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.store.DraftStore;
import org.slastudio.store.LoadResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export",
        description = "Write a draft as a PDF agreement: title page, contents, numbered clauses, tables and "
                + "signature blocks, with the draft's version and fingerprint on every page.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the PDF was written",
                "1:the draft has errors (nothing written unless --force)",
                "2:the draft could not be read, or the PDF could not be written"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft file (*.sla.json).")
    Path draftFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the PDF, e.g. agreement.pdf; an existing file is replaced.")
    Path output;

    static final class Mark {
        @Option(names = "--draft-watermark", description = "Mark every page DRAFT (the default).")
        boolean draft;

        @Option(names = "--final", description = "A copy for signature: no DRAFT mark.")
        boolean finalCopy;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mark mark;

    @Option(names = "--force", description = "Export even though the review finds errors in the draft.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = DraftStore.load(draftFile);
        DraftReport report = DraftReport.of(draftFile, loaded);
        if (!report.readable()) {
            err.printf("export: %s cannot be read: %s%n", draftFile, loaded.problems().get(0).message());
            return Cli.UNREADABLE;
        }
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            err.printf("export: %s has %d error%s%s%n", draftFile, errors.size(), errors.size() == 1 ? "" : "s",
                    force ? "; exporting anyway because of --force" : "; fix them, or add --force to export anyway:");
            for (Finding error : errors) {
                err.printf("  %s%n          %s%n", error.path(), error.message());
            }
            if (!force) {
                return Cli.FINDINGS;
            }
        }
        boolean finalCopy = mark != null && mark.finalCopy;
        ExportOptions options = new ExportOptions(!finalCopy, ZonedDateTime.now(), null);
        try {
            ExportResult result = PdfFiles.writeAtomically(output, stream -> AgreementPdf.write(loaded.draft(), options, stream));
            out.printf("Wrote %s: %d pages, %s, fingerprint %s%n", output, result.pages(),
                    finalCopy ? "final copy" : "marked DRAFT", result.fingerprint());
            return Cli.OK;
        } catch (IOException e) {
            err.printf("export: cannot write %s (%s)%n", output, e.getMessage());
            return Cli.UNREADABLE;
        }
    }
}
