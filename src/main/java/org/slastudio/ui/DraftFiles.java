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
     */
    record Opened(Agreement agreement, List<String> problems) {
        public Opened {
            problems = List.copyOf(problems);
        }
    }

    Opened open(Path file);

    void save(Path file, Agreement agreement) throws IOException;
}
