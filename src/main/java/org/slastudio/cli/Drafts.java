package org.slastudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.slastudio.model.Agreement;
import org.slastudio.store.DraftStore;
import org.slastudio.store.LoadProblem;
import org.slastudio.store.LoadResult;

/** Loading a draft for a command that calculates with it: an unreadable one is reported, never thrown. */
final class Drafts {
    private Drafts() {
    }

    static Optional<Agreement> load(Path file, String command, PrintWriter err) {
        LoadResult result = DraftStore.load(file);
        if (!result.readable()) {
            err.printf("%s: %s cannot be read%n", command, file);
            for (LoadProblem problem : result.problems()) {
                err.printf("  %s %s%n", problem.path(), problem.message());
            }
            return Optional.empty();
        }
        return Optional.of(result.draft().agreement());
    }
}
