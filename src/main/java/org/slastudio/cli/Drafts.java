package org.slastudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slastudio.model.Agreement;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import org.slastudio.store.Draft;
import org.slastudio.store.DraftStore;
import org.slastudio.store.LoadProblem;
import org.slastudio.store.LoadResult;

/** Loading a draft for a command that works with it: an unreadable one is reported, never thrown. */
final class Drafts {
    private Drafts() {
    }

    /** Why a command stopped before it began, and the exit status that says so. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status) {
            super(null, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    static Optional<Agreement> load(Path file, String command, PrintWriter err) {
        LoadResult result = DraftStore.load(file);
        if (!result.readable()) {
            reportUnreadable(file, command, err, result);
            return Optional.empty();
        }
        return Optional.of(result.draft().agreement());
    }

    private static void reportUnreadable(Path file, String command, PrintWriter err, LoadResult result) {
        err.printf("%s: %s cannot be read%n", command, file);
        for (LoadProblem problem : result.problems()) {
            err.printf("  %s %s%n", problem.path(), problem.message());
        }
    }

    /** The ids the draft does have, for a message naming what could have been meant; entries without one left out. */
    static <T> List<String> ids(List<T> entries, Function<T, String> id) {
        return entries.stream().filter(e -> e != null && id.apply(e) != null).map(id).toList();
    }

    /**
     * For a command that calculates: numbers worked out from a draft with errors (a target that could not be read,
     * a tier that overlaps another) would mislead, so such a draft is refused, its errors named, unless forced.
     */
    static Agreement loadForCalculation(Path file, String command, PrintWriter err, boolean force) throws Refused {
        return loadDraftForCalculation(file, command, err, force).agreement();
    }

    /** As {@link #loadForCalculation}, the draft whole: a document that names the agreement's fingerprint needs it. */
    static Draft loadDraftForCalculation(Path file, String command, PrintWriter err, boolean force) throws Refused {
        LoadResult loaded = DraftStore.load(file);
        return forCalculation(file, command, err, force, loaded, DraftReport.of(file, loaded));
    }

    /** As {@link #loadDraftForCalculation}, with the draft loaded and reviewed already, e.g. while records were read. */
    static Draft forCalculation(Path file, String command, PrintWriter err, boolean force, LoadResult loaded,
                                DraftReport report) throws Refused {
        if (!report.readable()) {
            reportUnreadable(file, command, err, loaded);
            throw new Refused(Cli.UNREADABLE);
        }
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            err.printf("%s: %s has %d error%s%s%n", command, file, errors.size(), errors.size() == 1 ? "" : "s",
                    force ? "; going on anyway because of --force" : "; fix them, or add --force to go on anyway:");
            for (Finding error : errors) {
                err.printf("  %s%n          %s%n", error.path(), error.message());
            }
            if (!force) {
                throw new Refused(Cli.FINDINGS);
            }
        }
        return loaded.draft();
    }
}
