package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slastudio.export.AgreementPdf;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.ExportResult;
import org.slastudio.export.ExportFiles;
import org.slastudio.export.OpenSloExport;
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
        description = {"Write a draft as an agreement, a PDF or a Word document (.docx): title page, contents, numbered "
                + "clauses, tables and signature blocks, with the draft's version and fingerprint on every page. In the "
                + "Word document every term sits in a content control tagged with its place in the draft, so that the "
                + "document can be read back with import when the other side returns it.",
                "",
                "Or write the agreed objectives as OpenSLO v1 (.yaml), for the engineers who monitor them: an SLO for "
                + "each service level and for each metric OpenSLO can state (shares of requests, of events, of tickets "
                + "answered in time), calendar-aligned with the measurement period, targets exact. Their metric "
                + "sources are placeholders to fill in; what OpenSLO cannot state is listed. See docs/openslo.md."},
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the agreement (or the objectives) was written",
                "1:the draft has errors (nothing written unless --force), or it has no objective OpenSLO can state",
                "2:the draft could not be read, or the agreement could not be written"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DRAFT", description = "The draft file (*.sla.json), or several with -d.")
    List<Path> draftFiles;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it, e.g. agreement.pdf, agreement.docx or slos.yaml; an existing file is replaced.")
    Path output;

    @Option(names = {"-d", "--directory"}, paramLabel = "DIR",
            description = "Write each draft's export into DIR, named after the draft (acme.sla.json gives acme.pdf, "
                    + "acme.docx or acme.yaml by --format; PDF by default), all in one run.")
    Path directory;

    /** The draft being exported, and where to. */
    private Path draftFile;

    enum Format { pdf, docx, openslo }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "pdf, docx or openslo; by default the output file's extension says which (.docx Word, .yaml "
                    + "or .yml OpenSLO, pdf otherwise).")
    Format format;

    /** The format asked for, or the one the output's extension names. */
    Format format() {
        if (format != null) {
            return format;
        }
        if (output == null) {
            return Format.pdf;
        }
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return Format.docx;
        }
        return name.endsWith(".yaml") || name.endsWith(".yml") ? Format.openslo : Format.pdf;
    }

    static final class Mark {
        @Option(names = "--draft-watermark", description = "Mark every page DRAFT (the default; PDF and Word).")
        boolean draft;

        @Option(names = "--final", description = "A copy for signature: no DRAFT mark (PDF and Word).")
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
        if (format() == Format.pdf) {
            Ahead.start("fonts", AgreementPdf::prepareFonts);
        }
        if ((output == null) == (directory == null)) {
            err.println(output == null ? "export: say where to write: -o FILE for one draft, or -d DIR for each draft"
                    : "export: give either -o FILE or -d DIR, not both");
            return Cli.UNREADABLE;
        }
        if (output != null) {
            if (draftFiles.size() > 1) {
                err.printf("export: -o names one file, but %d drafts are given; write them with -d DIR%n", draftFiles.size());
                return Cli.UNREADABLE;
            }
            draftFile = draftFiles.get(0);
            return exportOne(out, err);
        }
        return ExportBatch.run(draftFiles, directory, format(), err, (draft, file) -> {
            draftFile = draft;
            output = file;
            return exportOne(out, err);
        });
    }

    /** Exports {@code draftFile} to {@code output}. */
    private int exportOne(PrintWriter out, PrintWriter err) {
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
            if (format() == Format.openslo) {
                return openSlo(loaded, options, out, err);
            }
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

    private int openSlo(LoadResult loaded, ExportOptions options, PrintWriter out, PrintWriter err) throws IOException {
        OpenSloExport export = OpenSloExport.of(loaded.draft(), options.issued().toLocalDate());
        List<String> leftOut = export.leftOut();
        if (export.sloCount() == 0) {
            err.printf("export: %s has no objective OpenSLO can state; nothing written%n", draftFile);
            leftOut.forEach(line -> err.printf("  %s%n", line));
            return Cli.FINDINGS;
        }
        ExportFiles.writeAtomically(output, stream -> {
            export.writeTo(stream);
            return export;
        });
        out.printf("Wrote %s: OpenSLO, %d SLO%s for %d service%s, fingerprint %s%n", output, export.sloCount(),
                export.sloCount() == 1 ? "" : "s", export.serviceCount(), export.serviceCount() == 1 ? "" : "s",
                export.fingerprint());
        out.println("Fill in the placeholder metric sources (type " + OpenSloExport.PLACEHOLDER_TYPE
                + ") before any monitoring tool reads it.");
        if (!leftOut.isEmpty()) {
            out.printf("Left out %d objective%s OpenSLO cannot state:%n", leftOut.size(), leftOut.size() == 1 ? "" : "s");
            leftOut.forEach(line -> out.printf("  %s%n", line));
        }
        return Cli.OK;
    }
}
