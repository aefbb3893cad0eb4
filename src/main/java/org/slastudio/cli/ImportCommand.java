package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.DraftDiff;
import org.slastudio.negotiation.WordDiff;
import org.slastudio.store.DraftStore;
import org.slastudio.store.LoadResult;
import org.slastudio.word.WordImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import",
        description = "Read the Word document the other side returns, against the draft it was exported from: tracked "
                + "changes and plain edits inside the tagged terms become term changes (\"99.95%%\" -> \"99.9%%\"), written "
                + "as their draft; comments are shown beside the term they are on; edits that map to no term (new or "
                + "changed paragraphs, a term taken out of its content control, a figure that cannot be read) are listed "
                + "with their text and place for you to decide. Then the changes are listed as diff lists them: whom each "
                + "favours, and where it stands against our positions.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:every edit was read as a term change (their draft written if any term changed)",
                "1:some edits map to no term; they are listed, and their draft holds only the term changes",
                "2:a file could not be read, the document is not one SLA Studio exported, or it was exported from another draft"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "THEIRS.docx", description = "The Word document the other side returned.")
    Path document;

    @Option(names = "--base", required = true, paramLabel = "OURS",
            description = "The draft (*.sla.json) the document was exported from.")
    Path base;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write their draft (*.sla.json): ours with their term changes.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult loaded = DraftStore.load(base);
        if (!loaded.readable()) {
            err.printf("import: %s cannot be read: %s%n", base, loaded.problems().get(0).message());
            return Cli.UNREADABLE;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(document);
        } catch (IOException e) {
            err.printf("import: cannot read %s (%s)%n", document, e.getMessage());
            return Cli.UNREADABLE;
        }
        WordImport.Result result;
        try {
            result = WordImport.read(bytes, loaded.draft());
        } catch (WordImport.Refused e) {
            err.printf("import: %s is refused: %s%n", document, e.getMessage());
            return Cli.UNREADABLE;
        }
        out.printf("%s read against %s (fingerprint %s): %s, %s, %s%n", document, base, result.fingerprint(),
                count(result.changes().size(), "term change"), count(result.unmapped().size(), "edit outside the terms",
                        "edits outside the terms"), count(result.comments().size() + result.changes().stream()
                        .mapToInt(c -> c.comments().size()).sum(), "comment"));
        printChanges(result.changes(), out);
        printUnmapped(result.unmapped(), out);
        if (!result.comments().isEmpty()) {
            out.printf("%nOther comments%n");
            for (WordImport.Comment c : result.comments()) {
                out.printf("  %s%s%n      %s: \"%s\"%n", c.place(), c.path() == null ? "" : ", on " + c.path(), c.author(), c.text());
            }
        }
        if (result.theirs() != null) {
            try {
                DraftStore.save(output, result.theirs());
            } catch (IOException e) {
                err.printf("import: cannot write %s (%s)%n", output, e.getMessage());
                return Cli.UNREADABLE;
            }
            List<Change> changes = DraftDiff.between(loaded.draft().agreement(), result.theirs().agreement());
            out.printf("%nWrote their draft to %s.%n", output);
            ChangeList.print(changes, base.toString(), output.toString(), out);
        } else if (!result.changes().isEmpty()) {
            out.printf("%nTheir draft was not written: the changed terms do not make a draft (see above).%n");
        } else {
            out.printf("%nNo term changed; nothing written.%n");
        }
        return result.unmapped().isEmpty() ? Cli.OK : Cli.FINDINGS;
    }

    private static void printChanges(List<WordImport.TermChange> changes, PrintWriter out) {
        if (changes.isEmpty()) {
            return;
        }
        out.printf("%nTerm changes%n");
        for (WordImport.TermChange c : changes) {
            String how = c.tracked() ? "tracked change" : "edited without Track Changes";
            if (c.before().length() + c.after().length() > 80) {
                // A clause: its changed words, not two long texts to compare by eye.
                out.printf("  %s: %s  (%s)%n      %s%n", c.place(), c.path(), how,
                        WordDiff.render(WordDiff.between(c.before(), c.after())));
            } else {
                out.printf("  %s: %s%n      %s -> %s  (%s)%n", c.place(), c.path(), quoted(c.before()), quoted(c.after()), how);
            }
            for (WordImport.Comment comment : c.comments()) {
                out.printf("      comment by %s: \"%s\"%n", comment.author(), comment.text());
            }
        }
    }

    private static void printUnmapped(List<WordImport.Unmapped> unmapped, PrintWriter out) {
        if (unmapped.isEmpty()) {
            return;
        }
        out.printf("%nEdits outside the terms (not taken into their draft; decide each)%n");
        for (WordImport.Unmapped u : unmapped) {
            out.printf("  %s: %s%n      \"%s\"%n", u.place(), u.what(), u.text());
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace('\u00a0', ' ') + "\"";
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
