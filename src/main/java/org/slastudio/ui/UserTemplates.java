package org.slastudio.ui;

import javafx.collections.ObservableList;
import org.slastudio.model.Agreement;
import org.slastudio.model.Overview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** "Save as template…": a draft written as a user template, and listed on the start screen at once. */
final class UserTemplates {
    private final DraftFiles files;
    private final Dialogs dialogs;
    private final ObservableList<Starter> starters;
    private final Set<String> saved = new HashSet<>();

    UserTemplates(DraftFiles files, Dialogs dialogs, ObservableList<Starter> starters) {
        this.files = files;
        this.dialogs = dialogs;
        this.starters = starters;
    }

    /** The agreement, with the title and description asked for, written into {@code folder}. */
    boolean save(Agreement agreement, Path folder) {
        Overview o = agreement.overview() == null ? Overview.blank() : agreement.overview();
        Optional<Dialogs.TemplateDetails> asked = dialogs.askTemplateDetails(new Dialogs.TemplateDetails(
                AppModel.fileStem(agreement), o.title() == null ? "" : o.title(), firstLine(o.purpose())));
        if (asked.isEmpty()) {
            return false;
        }
        String name = AppModel.slug(asked.get().name(), "");
        if (name.isEmpty()) {
            dialogs.showError("The template needs a file name", "Type a file name of letters and digits, such as "
                    + AppModel.fileStem(agreement) + ", and save the template again.");
            return false;
        }
        // The catalogue describes a user template by its overview: the title, and the purpose's first line.
        String title = asked.get().title().isBlank() ? name : asked.get().title().strip();
        String description = asked.get().description().strip();
        String purpose = o.purpose() == null || o.purpose().isBlank() ? description
                : description.isEmpty() || firstLine(o.purpose()).equals(description) ? o.purpose()
                : description + "\n\n" + o.purpose();
        Agreement template = agreement.withOverview(new Overview(title, o.type(), o.effectiveDate(), o.term(),
                purpose, o.governingLaw(), o.currency(), o.measurementPeriod(), o.timeZone(), o.version(), o.locale()));
        Path file = folder.resolve(name + AppModel.EXTENSION);
        try {
            Files.createDirectories(folder);
            files.save(file, template, null);
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Could not save the template " + name, "The template was not written to " + file
                    + " (" + e.getMessage() + "). Your draft is unchanged.");
            return false;
        }
        // Named like a template already listed, it is listed as user-NAME, as the catalogue lists it at the next start.
        String key = saved.contains(name) || starters.stream().noneMatch(s -> s.name().equals(name)) ? name : "user-" + name;
        saved.add(name);
        Starter starter = new Starter(key, title, description, () -> files.open(file));
        starters.removeIf(s -> s.name().equals(key));
        starters.add(starter);
        return true;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
