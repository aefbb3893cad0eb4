package org.slastudio.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slastudio.model.Agreement;
import org.slastudio.model.Party;
import org.slastudio.model.Round;
import org.slastudio.store.DraftRounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "list",
        description = "List the rounds the draft records, oldest first: number, date, who proposed it, note, and the file "
                + "that holds its text (or that the file is missing); then whether the working copy has changed since "
                + "the latest round.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:listed",
                "2:the draft could not be read"})
final class RoundListCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (*.sla.json).")
    Path draft;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Optional<Agreement> loaded = Drafts.load(draft, "round list", spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Cli.UNREADABLE;
        }
        Agreement agreement = loaded.get();
        List<Round> rounds = agreement.negotiation().rounds().stream().filter(Objects::nonNull).toList();
        WorkingCopy working = WorkingCopy.of(draft, agreement);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(agreement, rounds, working));
            return Cli.OK;
        }
        out.printf("%s: %d round%s%n", draft, rounds.size(), rounds.size() == 1 ? "" : "s");
        for (Round r : rounds) {
            Path file = DraftRounds.roundFile(draft, r.number());
            out.printf("  Round %d  %s  proposed by %s  %s%s%n", r.number(), r.date() == null ? "(no date)" : r.date(),
                    partyName(agreement, r.proposedBy()), file.getFileName(), Files.isRegularFile(file) ? "" : " (missing)");
            if (r.note() != null && !r.note().isBlank()) {
                out.printf("           %s%n", r.note());
            }
        }
        out.printf("Working copy: %s%n", working.describe(draft));
        return Cli.OK;
    }

    /** "provider (Northwind Cloud GmbH)"; the id alone where the draft has no such party or it has no name. */
    static String partyName(Agreement agreement, String id) {
        if (id == null || id.isBlank()) {
            return "(no one named)";
        }
        return agreement.party(id).map(Party::legalName).filter(n -> n != null && !n.isBlank())
                .map(n -> id + " (" + n + ")").orElse(id);
    }

    private String json(Agreement agreement, List<Round> rounds, WorkingCopy working) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("draft", draft.toString());
        ArrayNode list = root.putArray("rounds");
        for (Round r : rounds) {
            Path file = DraftRounds.roundFile(draft, r.number());
            ObjectNode node = list.addObject();
            node.put("number", r.number());
            node.put("proposedBy", r.proposedBy());
            node.put("party", agreement.party(r.proposedBy()).map(Party::legalName).orElse(null));
            node.put("date", r.date() == null ? null : r.date().toString());
            node.put("note", r.note());
            node.put("file", file.toString());
            node.put("present", Files.isRegularFile(file));
        }
        ObjectNode copy = root.putObject("workingCopy");
        if (working.latest().isPresent()) {
            copy.put("latestRound", working.latest().get().number());
        } else {
            copy.putNull("latestRound");
        }
        if (working.changes() >= 0) {
            copy.put("changesSinceLatestRound", working.changes());
        } else {
            copy.putNull("changesSinceLatestRound");
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
