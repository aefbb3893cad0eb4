package org.slastudio.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The templates a new draft can start from: the built-in ones shipped in the jar (listed in
 * {@code templates/catalogue.json}, since a jar's folders cannot be listed reliably), then the user's own
 * {@code *.sla.json} files from a folder.
 */
public final class TemplateCatalogue {
    private static final String RESOURCES = "/org/slastudio/templates/";

    /** Where a template's file is: a resource in the jar, or a file in the user's folder. */
    private record Entry(Template template, String resource, Path file) {
    }

    private final List<Entry> entries;

    private TemplateCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The templates shipped with SLA Studio. */
    public static TemplateCatalogue builtIn() {
        List<Entry> entries = new ArrayList<>();
        String index = resource("catalogue.json");
        List<LoadProblem> problems = new ArrayList<>();
        JsonNode root = Json.parse(index, problems);
        if (root == null) {
            throw new IllegalStateException("the built-in template catalogue is broken: " + problems);
        }
        for (JsonNode t : root.path("templates")) {
            entries.add(new Entry(new Template(t.path("name").asString(), t.path("title").asString(),
                    t.path("description").asString()), t.path("file").asString(), null));
        }
        return new TemplateCatalogue(entries);
    }

    /** The built-in templates followed by those in {@link UserFolders#templates()}. */
    public static TemplateCatalogue standard() {
        return builtIn().withUserFolder(UserFolders.templates());
    }

    /**
     * This catalogue followed by the drafts in {@code folder}, by file name. A user template named like one already
     * listed is renamed {@code user-NAME}; one that cannot be read is still listed, and loading it says why.
     */
    public TemplateCatalogue withUserFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return this;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "[!.]*" + DraftStore.EXTENSION)) {
            found.forEach(files::add);
        } catch (IOException e) {
            return this; // an unreadable folder of extras must not stop anyone starting from a built-in template
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Entry> all = new ArrayList<>(entries);
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - DraftStore.EXTENSION.length());
            if (find(all, name).isPresent()) {
                name = "user-" + name;
            }
            all.add(new Entry(describe(name, file), null, file));
        }
        return new TemplateCatalogue(all);
    }

    public List<Template> templates() {
        return entries.stream().map(Entry::template).toList();
    }

    public Optional<Template> find(String name) {
        return find(entries, name).map(Entry::template);
    }

    /** The template as a new draft, or a fatal problem when this catalogue has no such template. */
    public LoadResult load(Template template) {
        Optional<Entry> entry = find(entries, template.name());
        if (entry.isEmpty()) {
            return LoadResult.unreadable("there is no template named \"" + template.name() + "\"; choose one of "
                    + templates().stream().map(Template::name).toList() + ".");
        }
        return entry.get().file() != null ? DraftStore.load(entry.get().file()) : DraftStore.read(resource(entry.get().resource()));
    }

    private static Optional<Entry> find(List<Entry> entries, String name) {
        return entries.stream().filter(e -> e.template().name().equals(name)).findFirst();
    }

    /** Title and description of a user template come from its own overview. */
    private static Template describe(String name, Path file) {
        LoadResult result = DraftStore.load(file);
        if (!result.readable()) {
            return new Template(name, name, "Cannot be read: " + result.problems().get(0).message());
        }
        String title = result.draft().agreement().overview().title();
        String purpose = result.draft().agreement().overview().purpose();
        return new Template(name, title == null || title.isBlank() ? name : title, firstLine(purpose));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }

    private static String resource(String name) {
        try (InputStream in = TemplateCatalogue.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in template " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
