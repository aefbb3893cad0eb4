package org.slastudio.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.slastudio.model.Agreement;
import org.slastudio.model.Round;
import org.slastudio.negotiation.DraftDiff;
import org.slastudio.store.DraftRounds;
import org.slastudio.store.LoadResult;

/**
 * How a draft's working copy stands against its latest round: the terms as that round put them, or changed since.
 *
 * @param latest  the latest round the draft lists; empty when it lists none
 * @param changes terms changed since that round, as {@link DraftDiff} counts them; -1 when the round's file is missing
 *                or unreadable, so nothing can be said
 */
record WorkingCopy(Optional<Round> latest, int changes) {

    static WorkingCopy of(Path file, Agreement working) {
        Optional<Round> latest = working.negotiation().latestRound();
        if (latest.isEmpty()) {
            return new WorkingCopy(latest, -1);
        }
        LoadResult round = DraftRounds.loadRound(file, latest.get().number());
        if (!round.readable()) {
            return new WorkingCopy(latest, -1);
        }
        return new WorkingCopy(latest, DraftDiff.between(round.draft().agreement(), working).size());
    }

    /** Whether every term of the working copy is in a round already, so replacing it loses nothing. */
    boolean recorded() {
        return changes == 0;
    }

    String describe(Path file) {
        if (latest.isEmpty()) {
            return "no round saved yet";
        }
        int number = latest.get().number();
        if (changes < 0) {
            return "round " + number + "'s file " + DraftRounds.roundFile(file, number).getFileName()
                    + " is missing or unreadable, so whether the working copy changed since cannot be told";
        }
        return changes == 0 ? "the terms of round " + number
                : changes + " change" + (changes == 1 ? "" : "s") + " since round " + number + " (sla-studio diff "
                + DraftRounds.roundFile(file, number) + " " + file + " lists them)";
    }
}
