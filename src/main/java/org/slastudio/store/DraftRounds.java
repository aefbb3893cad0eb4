package org.slastudio.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Agreement;
import org.slastudio.model.Negotiation;
import org.slastudio.model.Round;

/**
 * Rounds of a negotiation on disk (docs/adr/0006-negotiation-rounds.md): the draft file is the working copy and
 * lists every round; each round's full text is frozen beside it as {@code NAME.round-N.sla.json}, written once and
 * never overwritten.
 */
public final class DraftRounds {
    private DraftRounds() {
    }

    /**
     * Records the draft as the next round: adds the round to its list, writes the frozen copy of the round, then saves
     * the draft itself. Earlier rounds' files stay as they were.
     *
     * @return the draft as saved, with the new round last in its list
     * @throws FileAlreadyExistsException when a file for that round number is already there (it is never replaced)
     */
    public static Draft saveNewRound(Path file, Draft draft, String proposedBy, LocalDate date, String note) throws IOException {
        Agreement agreement = draft.agreement();
        Negotiation negotiation = agreement.negotiation();
        int number = negotiation.latestRound().map(r -> r.number() + 1).orElse(1);
        List<Round> rounds = new ArrayList<>(negotiation.rounds());
        rounds.add(new Round(number, proposedBy, date, note));
        Draft saved = draft.withAgreement(agreement.withNegotiation(new Negotiation(negotiation.positions(), rounds)));

        Path frozen = roundFile(file, number);
        if (Files.exists(frozen)) {
            throw new FileAlreadyExistsException(frozen.toString(), null, "round " + number
                    + " was already saved; earlier rounds are never replaced. Move that file away if it does not belong here.");
        }
        AtomicFiles.write(frozen, DraftStore.write(saved).getBytes(StandardCharsets.UTF_8), false);
        DraftStore.save(file, saved);
        return saved;
    }

    /** {@code contract.sla.json} -> {@code contract.round-2.sla.json}, beside it. */
    public static Path roundFile(Path file, int number) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(DraftStore.EXTENSION) ? name.substring(0, name.length() - DraftStore.EXTENSION.length())
                : name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return file.resolveSibling(stem + ".round-" + number + DraftStore.EXTENSION);
    }

    /** The agreement as it stood in round {@code number}. */
    public static LoadResult loadRound(Path file, int number) {
        return DraftStore.load(roundFile(file, number));
    }
}
