package org.slastudio.ui;

import org.slastudio.model.Agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Copies of a draft with unsaved changes, kept while editing so that a crash loses little; the store keeps them. */
public interface RecoveryCopies {
    /**
     * A copy left by an earlier session.
     *
     * @param original the draft's file, or null for a draft never saved
     */
    record Pending(String name, Path original, Instant savedAt, Supplier<DraftFiles.Opened> open, Discard discard) {
    }

    @FunctionalInterface
    interface Discard {
        void run() throws IOException;
    }

    /** Writes the copy of the draft belonging to {@code file}, or of the untitled draft when file is null. */
    void keep(Path file, Agreement agreement, Object carried) throws IOException;

    /** Deletes that copy, once the draft is saved or closed on purpose. */
    void discard(Path file) throws IOException;

    List<Pending> pending() throws IOException;
}
