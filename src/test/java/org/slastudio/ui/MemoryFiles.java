package org.slastudio.ui;

import org.slastudio.model.Agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draft files kept in memory; a file can be given load problems, or be made unwritable. */
final class MemoryFiles implements DraftFiles {
    final Map<Path, Agreement> files = new HashMap<>();
    final Map<Path, List<String>> problems = new HashMap<>();
    /** Stands for the unknown fields a real file may carry. */
    final Map<Path, Object> carried = new HashMap<>();
    Path unwritable;

    @Override
    public Opened open(Path file) {
        return new Opened(files.get(file), problems.getOrDefault(file,
                files.containsKey(file) ? List.of() : List.of("$: " + file.getFileName() + " does not exist")), carried.get(file));
    }

    @Override
    public void save(Path file, Agreement agreement, Object carriedAlong) throws IOException {
        if (file.equals(unwritable)) {
            throw new IOException("permission denied");
        }
        files.put(file, agreement);
        carried.put(file, carriedAlong);
    }
}
