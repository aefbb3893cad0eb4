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
import org.slastudio.export.ExportFiles;
import org.slastudio.export.WordDocument;
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
        description = "Write a draft as an agreement, a PDF or a Word document (.docx): title page, contents, numbered "
                + "clauses, tables and signature blocks, with the draft's version and fingerprint on every page. In the "
                + "Word document every term sits in a content control tagged with its place in the draft, so that the "
                + "document can be read back with import when the other side returns it.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the agreement was written",
                "1:the draft has errors (nothing written unless --force)",
                "2:the draft could not be read, or the agreement could not be written"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft file (*.sla.json).")
    Path draftFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the agreement, e.g. agreement.pdf or agreement.docx; an existing file is replaced.")
    Path output;

    enum Format { pdf, docx }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "pdf or docx; by default the output file's extension says which (pdf where it says neither).")
    Format format;

    /** The format asked for, or the one the output's extension names. */
    Format format() {
        if (format != null) {
            return format;
        }
        return output.getFileName() != null && output.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".docx") ? Format.docx : Format.pdf;
    }

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
            if (format() == Format.docx) {
                ExportResult result = ExportFiles.writeAtomically(output, stream -> WordDocument.write(loaded.draft(), options, stream));
                out.printf("Wrote %s: Word document, %s, fingerprint %s%n", output,
                        finalCopy ? "final copy" : "marked DRAFT", result.fingerprint());
                return Cli.OK;
            }
            ExportResult result = ExportFiles.writeAtomically(output, stream -> AgreementPdf.write(loaded.draft(), options, stream));
            out.printf("Wrote %s: %d pages, %s, fingerprint %s%n", output, result.pages(),
                    finalCopy ? "final copy" : "marked DRAFT", result.fingerprint());
            return Cli.OK;
        } catch (IOException e) {
            err.printf("export: cannot write %s (%s)%n", output, e.getMessage());
            return Cli.UNREADABLE;
        }
    }
}
