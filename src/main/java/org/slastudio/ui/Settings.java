package org.slastudio.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slastudio.model.Agreement;
import org.slastudio.model.Overview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The preferences in force, written back to their file whenever they change. */
public final class Settings {
    private final ObjectProperty<UiPreferences> current;
    private final Path file;

    public Settings(UiPreferences initial, Path file) {
        this.current = new SimpleObjectProperty<>(initial);
        this.file = file;
    }

    public static Settings load(Path file) {
        return new Settings(UiPreferences.load(file), file);
    }

    /** For tests: defaults, kept nowhere. */
    public static Settings inMemory() {
        return new Settings(UiPreferences.DEFAULTS, null);
    }

    public ObjectProperty<UiPreferences> current() {
        return current;
    }

    public void update(UnaryOperator<UiPreferences> change) {
        current.set(change.apply(current.get()));
        if (file != null) {
            try {
                current.get().save(file);
            } catch (IOException e) {
                // The choice holds for this session; it is written again with the next change.
            }
        }
    }

    /** A blank draft in the default currency and time zone, where the user chose them. */
    public Agreement blankDraft() {
        Overview o = Overview.blank();
        UiPreferences p = current.get();
        return Agreement.blank().withOverview(new Overview(o.title(), o.type(), o.effectiveDate(), o.term(), o.purpose(),
                o.governingLaw(), p.defaultCurrency(), o.measurementPeriod(), p.defaultZone(), o.version(), o.locale()));
    }
}
