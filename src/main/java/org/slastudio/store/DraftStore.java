package org.slastudio.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Draft files ({@code *.sla.json}) on disk. Loading never throws: whatever is wrong with a file comes back as
 * problems, with as much of the agreement as could be read. Saving is atomic and keeps the previous version as
 * {@code NAME.sla.json.bak}.
 */
public final class DraftStore {
    /** The schema version this version of SLA Studio writes. */
    public static final int SCHEMA_VERSION = Migrations.STANDARD.current();
    public static final String EXTENSION = ".sla.json";

    private DraftStore() {
    }

    /** Readies the JSON reader and writer, which take a command a good part of its time to set up. */
    public static void prepare() {
        java.util.Objects.requireNonNull(Json.MAPPER);
    }

    public static LoadResult load(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return LoadResult.unreadable(file + " is a folder, not a draft file; choose a " + EXTENSION + " file.");
            }
            long size = Files.size(file);
            if (size > Json.MAX_BYTES) {
                return LoadResult.unreadable(tooLarge(size));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return LoadResult.unreadable("there is no file " + file + "; it may have been moved, renamed or deleted.");
        } catch (AccessDeniedException e) {
            return LoadResult.unreadable("SLA Studio is not allowed to read " + file + "; check the file's permissions.");
        } catch (IOException | SecurityException e) {
            return LoadResult.unreadable("could not read " + file + " (" + e.getMessage() + ").");
        }
        List<LoadProblem> problems = new ArrayList<>();
        Path backup = backupOf(file);
        String backupName = Files.isRegularFile(backup) ? backup.getFileName().toString() : null;
        return read(Json.parse(bytes, backupName, problems), problems, Migrations.STANDARD);
    }

    private static final List<String> DRAFT_FIELDS = List.of("schemaVersion", "overview", "parties", "services", "windows",
            "creditRegime", "metrics", "clauses", "figures");

    public static LoadResult read(String json) {
        return read(json, Migrations.STANDARD);
    }

    static LoadResult read(String json, Migrations migrations) {
        if (json.length() > Json.MAX_BYTES) {
            return LoadResult.unreadable(tooLarge(json.length()));
        }
        List<LoadProblem> problems = new ArrayList<>();
        return read(Json.parse(json, problems), problems, migrations);
    }

    private static LoadResult read(JsonNode tree, List<LoadProblem> problems, Migrations migrations) {
        if (tree == null) {
            return new LoadResult(null, problems);
        }
        if (tree.isObject() && !tree.isEmpty() && DRAFT_FIELDS.stream().noneMatch(tree::has)) {
            // Some other JSON file (a catalogue, a package.json): reading it as an empty draft would only mislead.
            problems.add(LoadProblem.fatal("$", "this is JSON but not an SLA Studio draft: it has none of the fields a draft"
                    + " starts with (" + String.join(", ", DRAFT_FIELDS) + "). Open a *.sla.json file saved by SLA Studio."));
            return new LoadResult(null, problems);
        }
        try {
            Draft draft = new DraftReader(migrations, problems).read((ObjectNode) tree);
            return new LoadResult(draft, problems);
        } catch (RuntimeException e) {
            // The last line of defence: a fault of ours must not cost the user the window they are working in.
            problems.add(LoadProblem.fatal("$", "SLA Studio could not read this file because of an error in SLA Studio"
                    + " itself (" + e + "); please report it with the file if you can share it."));
            return new LoadResult(null, problems);
        }
    }

    /** The file text: pretty-printed, fields in a stable order, ending with a newline. */
    public static String write(Draft draft) {
        return writeTree(DraftWriter.write(draft, SCHEMA_VERSION));
    }

    static String writeTree(JsonNode file) {
        try {
            return Json.WRITER.writeValueAsString(file) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("could not write a draft as JSON", e);
        }
    }

    /**
     * Writes the draft so that a crash at any moment leaves either the old file or the new one, whole; the old
     * one is kept as {@code NAME.sla.json.bak}.
     */
    public static void save(Path file, Draft draft) throws IOException {
        AtomicFiles.write(file, write(draft).getBytes(StandardCharsets.UTF_8), true);
    }

    /** Where {@link #save} keeps the previous version of a file. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private static String tooLarge(long size) {
        return "the file is " + String.format(java.util.Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)) + " MB; drafts are"
                + " at most " + Json.MAX_BYTES / (1024 * 1024) + " MB, so this is probably not an SLA Studio draft.";
    }
}
