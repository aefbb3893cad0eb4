package org.slastudio.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The drafts opened or saved lately, newest first, kept in a text file with one path a line. */
public final class RecentDrafts {
    private static final int LIMIT = 8;
    private final Path store;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();

    public RecentDrafts(Path store) {
        this.store = store;
        try {
            if (store != null && Files.isRegularFile(store)) {
                Files.readAllLines(store).stream().filter(l -> !l.isBlank()).map(Path::of).limit(LIMIT).forEach(paths::add);
            }
        } catch (IOException | InvalidPathException e) {
            // An unreadable list only costs the user the shortcuts.
        }
    }

    public ObservableList<Path> paths() {
        return paths;
    }

    public void remember(Path file) {
        List<Path> next = new ArrayList<>(paths);
        next.remove(file.toAbsolutePath());
        next.add(0, file.toAbsolutePath());
        paths.setAll(next.subList(0, Math.min(LIMIT, next.size())));
        write();
    }

    public void forget(Path file) {
        paths.remove(file.toAbsolutePath());
        write();
    }

    private void write() {
        if (store == null) {
            return;
        }
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Files.write(store, paths.stream().map(Path::toString).toList());
        } catch (IOException e) {
            // Not worth interrupting the user: the list is a convenience.
        }
    }
}
