package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.ExportFiles;
import org.slastudio.export.WordDocument;
import org.slastudio.model.Party;
import org.slastudio.model.Round;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.export.RedlinePdf;
import org.slastudio.model.Agreement;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.DraftDiff;
import org.slastudio.negotiation.WordDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "diff",
        description = "Show what changed from one draft to another, term by term: targets (with the downtime they "
                + "allow in the first month of the term, maintenance and holidays out), fees, credit tiers and caps, windows, metrics, parties, and clause texts "
                + "word by word. Lists are matched by id, so a moved service is a move. Each change says which side "
                + "it favours and, where the first draft holds a position on the term, how far it moved against it.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the drafts agree on every term",
                "1:the drafts differ",
                "2:a file could not be read or is not a draft"})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OURS", description = "Our draft (*.sla.json); its positions are the yardstick.")
    Path ours;

    @Parameters(index = "1", paramLabel = "THEIRS", description = "The other draft, e.g. the counterparty's returned file.")
    Path theirs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--redline", paramLabel = "FILE",
            description = "Also write the changes to send with THEIRS, without positions or whom a change favours: as a "
                    + "PDF appendix (deleted words struck through, inserted words underlined), or, where FILE ends in "
                    + ".docx, as THEIRS in Word with every difference from OURS a tracked change the other side can "
                    + "accept or reject in Word's Review pane.")
    Path redline;

    @Option(names = "--author", paramLabel = "NAME",
            description = "Whom the tracked changes of a .docx redline are attributed to (default: the party that "
                    + "proposed THEIRS's latest round, else \"SLA Studio\").")
    String author;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Agreement> a = Drafts.load(ours, "diff", err);
        Optional<Agreement> b = Drafts.load(theirs, "diff", err);
        if (a.isEmpty() || b.isEmpty()) {
            return Cli.UNREADABLE;
        }
        List<Change> changes = DraftDiff.between(a.get(), b.get());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(asJson(changes, ours, theirs));
        } else {
            ChangeList.print(changes, ours.toString(), theirs.toString(), out);
        }
        if (redline != null) {
            try {
                writeRedline(a.get(), b.get());
                err.printf("Wrote the changes to %s%n", redline);
            } catch (IOException e) {
                err.printf("diff: cannot write %s (%s)%n", redline, e.getMessage());
                return Cli.UNREADABLE;
            }
        }
        return changes.isEmpty() ? Cli.OK : Cli.FINDINGS;
    }

    private void writeRedline(Agreement previous, Agreement next) throws IOException {
        ExportOptions options = new ExportOptions(true, ZonedDateTime.now(), null);
        if (redline.getFileName() != null && redline.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            // The drafts as saved, unknown fields and all, so that the document carries THEIRS's own fingerprint.
            Draft a = DraftStore.load(ours).draft();
            Draft b = DraftStore.load(theirs).draft();
            ExportFiles.writeAtomically(redline, stream -> WordDocument.writeRedline(a, b, author(next), options, stream));
            return;
        }
        ExportFiles.writeAtomically(redline, stream -> RedlinePdf.write(previous, next, options, stream));
    }

    private String author(Agreement next) {
        if (author != null && !author.isBlank()) {
            return author.strip();
        }
        return next.negotiation().latestRound().map(Round::proposedBy).flatMap(next::party).map(Party::legalName)
                .filter(name -> !name.isBlank()).orElse("SLA Studio");
    }

    private static String asJson(List<Change> changes, Path ours, Path theirs) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("ours", ours.toString());
        root.put("theirs", theirs.toString());
        root.put("equal", changes.isEmpty());
        ArrayNode list = root.putArray("changes");
        for (Change change : changes) {
            ObjectNode node = list.addObject();
            node.put("kind", change.kind().label());
            node.put("term", change.term().toString());
            node.put("description", change.description());
            node.put("favours", change.favours().label());
            if (change.standing() != null) {
                node.put("position", change.standing().describe());
            }
            if (!change.words().isEmpty()) {
                ArrayNode words = node.putArray("words");
                for (WordDiff.Edit edit : change.words()) {
                    words.addObject().put("op", edit.op().name().toLowerCase(Locale.ROOT)).put("text", edit.text());
                }
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
