package org.slastudio.store;

import java.util.List;

/**
 * What loading a draft gave: the draft as far as it could be read, and everything that was wrong with the file.
 *
 * @param draft    null when the file is unreadable (then at least one problem is fatal)
 * @param problems in the order they were found; empty for a clean file
 */
public record LoadResult(Draft draft, List<LoadProblem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    static LoadResult unreadable(String message) {
        return new LoadResult(null, List.of(LoadProblem.fatal("$", message)));
    }

    /** Whether an agreement could be built, possibly with some parts left out (see the problems). */
    public boolean readable() {
        return draft != null;
    }
}
