package org.slastudio.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Recovery copies of drafts with unsaved changes, so a crash or power cut loses at most the last few seconds.
 * Each copy is named after the draft it belongs to and has a small {@code .origin} file beside it saying which
 * that is. The application discards a copy when the draft is saved or closed cleanly; what is left at start-up
 * is {@link #pending()} and can be offered back.
 */
public final class Autosave {
    private static final String ORIGIN = ".origin";

    private final Path folder;

    public Autosave(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** Recovery copies in the user's recovery folder. */
    public static Autosave inUserFolder() {
        return new Autosave(UserFolders.recovery());
    }

    /** Writes a recovery copy of a draft that has a file. */
    public Recovery save(Path original, Draft draft) throws IOException {
        Path file = original.toAbsolutePath().normalize();
        String stem = stem(file.getFileName().toString());
        return write(stem + "-" + hash("file:" + file), "file\n" + file, draft, file, null);
    }

    /** Writes a recovery copy of a draft that was never saved; {@code name} tells open untitled drafts apart. */
    public Recovery saveUntitled(String name, Draft draft) throws IOException {
        return write("untitled-" + hash("untitled:" + name), "untitled\n" + name, draft, null, name);
    }

    /** Recovery copies left from earlier sessions (or this one), most recent first. */
    public List<Recovery> pending() throws IOException {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "[!.]*" + DraftStore.EXTENSION)) {
            for (Path copy : copies) {
                try {
                    found.add(recovery(copy));
                } catch (NoSuchFileException e) {
                    // discarded meanwhile, by another window
                }
            }
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed().thenComparing(r -> r.copy().toString()));
        return found;
    }

    /** Deletes a recovery copy, once its draft is saved or closed without saving on purpose. */
    public void discard(Recovery recovery) throws IOException {
        Files.deleteIfExists(recovery.copy());
        Files.deleteIfExists(origin(recovery.copy()));
    }

    private Recovery write(String key, String origin, Draft draft, Path original, String untitledName) throws IOException {
        Files.createDirectories(folder);
        Path copy = folder.resolve(key + DraftStore.EXTENSION);
        Path originFile = origin(copy);
        AtomicFiles.write(copy, DraftStore.write(draft).getBytes(StandardCharsets.UTF_8), false);
        if (!Files.exists(originFile)) {
            AtomicFiles.write(originFile, origin.getBytes(StandardCharsets.UTF_8), false);
        }
        return new Recovery(copy, original, untitledName, Files.getLastModifiedTime(copy).toInstant());
    }

    /** A copy whose origin file is missing or unreadable is still offered back, as an untitled draft. */
    private static Recovery recovery(Path copy) throws IOException {
        Instant savedAt = Files.getLastModifiedTime(copy).toInstant();
        String name = copy.getFileName().toString();
        String fallback = name.substring(0, name.length() - DraftStore.EXTENSION.length());
        try {
            String[] origin = Files.readString(origin(copy), StandardCharsets.UTF_8).split("\n", 2);
            if (origin.length == 2 && origin[0].equals("file")) {
                return new Recovery(copy, Path.of(origin[1]), null, savedAt);
            }
            if (origin.length == 2 && origin[0].equals("untitled")) {
                return new Recovery(copy, null, origin[1], savedAt);
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the fallback name
        }
        return new Recovery(copy, null, fallback, savedAt);
    }

    private static Path origin(Path copy) {
        String name = copy.getFileName().toString();
        return copy.resolveSibling(name.substring(0, name.length() - DraftStore.EXTENSION.length()) + ORIGIN);
    }

    /** The readable part of a copy's name: the draft's own name in safe characters. */
    private static String stem(String fileName) {
        String base = fileName.endsWith(DraftStore.EXTENSION)
                ? fileName.substring(0, fileName.length() - DraftStore.EXTENSION.length()) : fileName;
        String safe = base.replaceAll("[^A-Za-z0-9_-]+", "_");
        return safe.length() > 40 ? safe.substring(0, 40) : safe;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
