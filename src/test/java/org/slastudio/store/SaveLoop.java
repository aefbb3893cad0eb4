package org.slastudio.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link AtomicSaveTest}: saves two large drafts in turn over one file, for ever, saying
 * "saved" once the first save is done, until it is killed.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Draft first = Draft.of(Fixtures.large("first", 400));
        Draft second = Draft.of(Fixtures.large("second", 400));
        DraftStore.save(target, first);
        System.out.println("saved");
        System.out.flush();
        for (long i = 0; ; i++) {
            DraftStore.save(target, i % 2 == 0 ? second : first);
        }
    }
}
