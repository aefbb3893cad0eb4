package org.slastudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slastudio.review.Finding;
import org.slastudio.review.Review;
import org.slastudio.review.Severity;
import org.slastudio.store.DraftStore;
import org.slastudio.store.LoadProblem;
import org.slastudio.store.LoadResult;

/** What validate says about one file: whether it could be read, and every problem in it. */
record DraftReport(Path file, boolean readable, List<Finding> findings) {

    static DraftReport of(Path file) {
        return of(file, DraftStore.load(file));
    }

    static DraftReport of(Path file, LoadResult result) {
        List<Finding> findings = new ArrayList<>();
        for (LoadProblem problem : result.problems()) {
            Severity severity = problem.impact() == LoadProblem.Impact.NOTICE ? Severity.WARNING : Severity.ERROR;
            findings.add(new Finding(problem.path(), severity, problem.message(), null));
        }
        if (result.readable()) {
            // Where a value was left out while loading, the loader's message says why; the review would only add
            // that the value is missing.
            Set<String> explained = result.problems().stream().map(LoadProblem::path).collect(Collectors.toSet());
            Review.of(result.draft().agreement()).stream()
                    .filter(finding -> !explained.contains(finding.path()))
                    .forEach(findings::add);
        }
        return new DraftReport(file, result.readable(), List.copyOf(findings));
    }

    long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    int exitStatus() {
        if (!readable) {
            return Cli.UNREADABLE;
        }
        return count(Severity.ERROR) > 0 ? Cli.FINDINGS : Cli.OK;
    }
}
