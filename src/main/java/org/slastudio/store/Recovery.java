package org.slastudio.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A recovery copy of a draft that was not saved when SLA Studio last stopped.
 *
 * @param copy         the recovery file
 * @param original     the draft file it belongs to; null for a draft that was never saved
 * @param untitledName for a never-saved draft, the name its window showed, e.g. "Untitled 2"; null otherwise
 * @param savedAt      when the copy was last written
 */
public record Recovery(Path copy, Path original, String untitledName, Instant savedAt) {

    /** What to call it when offering it back: the file name, or the untitled name. */
    public String displayName() {
        return original != null ? original.getFileName().toString() : untitledName;
    }

    public LoadResult load() {
        return DraftStore.load(copy);
    }
}
