package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slastudio.model.Agreement;
import org.slastudio.model.Party;
import org.slastudio.model.Round;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftRounds;
import org.slastudio.store.DraftStore;
import org.slastudio.store.LoadProblem;
import org.slastudio.store.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "save",
        description = "Record the draft as the next round of the negotiation: the round (number, who proposed it, date, "
                + "note) is added to the draft's list, its full text is frozen beside the draft as NAME.round-N.sla.json, "
                + "then the draft is saved (atomically; the previous version kept as NAME.sla.json.bak). With --theirs, the "
                + "round is the other side's draft: its terms become the working copy, while our positions and the list "
                + "of rounds stay ours.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the round was saved",
                "1:with --theirs: the working copy has changes no round holds; nothing was saved (add --force to replace them)",
                "2:a file could not be read or written, or the command was used wrongly (a party the draft does not have, a date that is not one)"})
final class RoundSaveCommand implements Callable<Integer> {

    private static final String COMMAND = "round save";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "Our draft (*.sla.json), the working copy of the negotiation.")
    Path draft;

    @Option(names = "--by", required = true, paramLabel = "PARTY",
            description = "Who proposed this round: a party id of the draft, or a role (provider, customer) that one party has.")
    String by;

    @Option(names = "--date", paramLabel = "DATE", description = "The day the round was put to the other side, e.g. 2026-01-19 "
            + "(default: today).")
    String date;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with the round, e.g. \"Their counter to our opening\". "
            + "Notes are shared history: they go with the draft to the other side.")
    String note;

    @Option(names = "--theirs", paramLabel = "THEIRS",
            description = "The other side's draft (*.sla.json), e.g. the file they returned: its terms are saved as this round.")
    Path theirs;

    @Option(names = "--force", description = "With --theirs: replace the working copy even where it has changes no round holds "
            + "(they stay in DRAFT.bak).")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day;
        try {
            day = date == null ? LocalDate.now() : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            err.printf("%s: --date '%s' is not a date; write it as YYYY-MM-DD, e.g. --date 2026-01-19%n", COMMAND, date);
            return Cli.UNREADABLE;
        }
        Optional<Draft> ours = load(draft, err);
        Optional<Draft> other = theirs == null ? Optional.empty() : load(theirs, err);
        if (ours.isEmpty() || theirs != null && other.isEmpty()) {
            return Cli.UNREADABLE;
        }
        // With --theirs: their terms, our negotiation; their positions are not ours, and the list of rounds is the one we keep.
        Draft round = other.map(t -> t.withAgreement(t.agreement().withNegotiation(ours.get().agreement().negotiation())))
                .orElse(ours.get());
        Optional<String> party = party(round.agreement(), err);
        if (party.isEmpty()) {
            return Cli.UNREADABLE;
        }
        if (other.isPresent()) {
            WorkingCopy working = WorkingCopy.of(draft, ours.get().agreement());
            if (!working.recorded() && !force) {
                err.printf("%s: %s: %s. Saving %s as the next round would replace its terms; save them as a round first, "
                        + "or add --force (the working copy is then kept as %s). Nothing was saved.%n",
                        COMMAND, draft, working.describe(draft), theirs, DraftStore.backupOf(draft).getFileName());
                return Cli.FINDINGS;
            }
        }
        int number = round.agreement().negotiation().latestRound().map(r -> r.number() + 1).orElse(1);
        Path frozen = DraftRounds.roundFile(draft, number);
        boolean frozenBefore = Files.exists(frozen);
        Draft saved;
        try {
            saved = DraftRounds.saveNewRound(draft, round, party.get(), day, note == null || note.isBlank() ? null : note.strip());
        } catch (FileAlreadyExistsException e) {
            err.printf("%s: %s is already there: %s Nothing was saved.%n", COMMAND, frozen, e.getReason());
            return Cli.UNREADABLE;
        } catch (IOException | RuntimeException e) {
            if (!frozenBefore && Files.exists(frozen)) {
                err.printf("%s: wrote %s but could not save %s (%s); %s is as it was. Move %s away before trying again.%n",
                        COMMAND, frozen, draft, e.getMessage(), draft, frozen.getFileName());
            } else {
                err.printf("%s: cannot write %s (%s); nothing was saved.%n", COMMAND, frozen, e.getMessage());
            }
            return Cli.UNREADABLE;
        }
        Round added = saved.agreement().negotiation().rounds().get(saved.agreement().negotiation().rounds().size() - 1);
        spec.commandLine().getOut().printf("Saved round %d of %s, proposed by %s on %s; its text is frozen in %s%n",
                added.number(), draft, RoundListCommand.partyName(saved.agreement(), added.proposedBy()), added.date(), frozen);
        return Cli.OK;
    }

    /** A draft to save as a round; any value that could not be read would be frozen into the round, so it is refused. */
    private Optional<Draft> load(Path file, PrintWriter err) {
        LoadResult result = DraftStore.load(file);
        List<LoadProblem> problems = result.problems().stream().filter(p -> p.impact() != LoadProblem.Impact.NOTICE).toList();
        if (!result.readable() || !problems.isEmpty()) {
            err.printf("%s: %s cannot be read%s%n", COMMAND, file, result.readable() ? " whole; fix it first (validate names "
                    + "the same), so that the round holds every term" : "");
            problems.forEach(p -> err.printf("  %s %s%n", p.path(), p.message()));
            return Optional.empty();
        }
        return Optional.of(result.draft());
    }

    /** The party id --by names, directly or by the role only one party has. */
    private Optional<String> party(Agreement agreement, PrintWriter err) {
        String wanted = by.strip();
        if (agreement.party(wanted).isPresent()) {
            return Optional.of(wanted);
        }
        List<Party> byRole = agreement.parties().stream()
                .filter(p -> p != null && p.id() != null && p.role() != null && p.role().name().equalsIgnoreCase(wanted.replace('-', '_')))
                .toList();
        if (byRole.size() == 1) {
            return Optional.of(byRole.get(0).id());
        }
        List<String> ids = Drafts.ids(agreement.parties(), Party::id);
        err.printf("%s: --by '%s' is %s; give one of the party ids of %s: %s%n", COMMAND, wanted,
                byRole.isEmpty() ? "no party of the draft" : "the role of " + byRole.size() + " parties",
                theirs == null ? draft : theirs, ids.isEmpty() ? "(it has none; add the parties first)" : String.join(", ", ids));
        return Optional.empty();
    }
}
