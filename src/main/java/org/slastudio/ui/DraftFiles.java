package org.slastudio.ui;

import org.slastudio.model.Agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reading and writing draft files; the file format itself lives in the store. */
public interface DraftFiles {
    /**
     * @param agreement null when nothing could be read
     * @param problems  what was wrong with the file, as messages naming the field and the fix
     * @param carried   what the file holds besides the agreement (fields of a newer version), handed back on save
     */
    record Opened(Agreement agreement, List<String> problems, Object carried) {
        public Opened {
            problems = List.copyOf(problems);
        }
    }

    Opened open(Path file);

    /** @param carried what {@link #open} returned with the agreement, or null for a new draft */
    void save(Path file, Agreement agreement, Object carried) throws IOException;
}
