package org.slastudio.ui.clauses;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.clauses.ClauseLibrary;
import org.slastudio.clauses.LibraryClause;
import org.slastudio.clauses.Placeholders;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;
import org.slastudio.review.Finding;
import org.slastudio.ui.Dialogs;
import org.slastudio.ui.wizard.JsonPaths;
import org.slastudio.ui.wizard.WizardModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clauses panel: the library's clauses for one section, to insert into the draft, and the draft's own clauses of
 * that section with their text editable and previewed with the placeholders filled from the draft.
 */
public final class ClausesModel {
    /** A clause of the draft, with its place in the agreement's list of clauses. */
    public record DraftClause(int index, Clause clause) {
    }

    private static final Map<String, Section> STEP_SECTIONS = Map.of("overview", Section.OVERVIEW, "parties", Section.PARTIES,
            "services", Section.SERVICES, "windows", Section.AVAILABILITY, "credits", Section.SERVICE_CREDITS,
            "metrics", Section.METRICS);

    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.OVERVIEW);
    private final ObservableList<LibraryClause> library = FXCollections.observableArrayList();
    private final ObservableList<DraftClause> drafted = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty preview = new SimpleStringProperty("");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryClause> chosen = new SimpleObjectProperty<>();
    private final StringProperty chosenText = new SimpleStringProperty("");
    private final StringProperty chosenOverlap = new SimpleStringProperty("");
    /** The clause whose text {@link #text} holds: typing is written into this one, whatever is selected since. */
    private DraftClause editing;
    private final WizardModel wizard;
    private final ClauseLibrary clauses;
    private final FiguresModel figures;
    private final Dialogs dialogs;

    public ClausesModel(WizardModel wizard, ClauseLibrary clauses, Dialogs dialogs) {
        this.wizard = wizard;
        this.clauses = clauses;
        this.dialogs = dialogs;
        this.figures = new FiguresModel(wizard);
        section.addListener((o, was, is) -> {
            commitText();
            refresh();
        });
        wizard.draft().agreementProperty().addListener((o, was, is) -> {
            refresh();
            showChosen();
        });
        chosen.addListener((o, was, is) -> showChosen());
        selected.addListener((o, was, is) -> {
            commitText();
            showSelected();
        });
        text.addListener((o, was, is) -> preview.set(Placeholders.fill(is == null ? "" : is, wizard.draft().agreement())));
        wizard.commitsWith(this::commitText);
        wizard.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> showFindings());
        refresh();
    }

    /** The agreed figures the clauses state through {@code {{figure.<id>}}}. */
    public FiguresModel figures() {
        return figures;
    }

    public ReadOnlyBooleanProperty showing() {
        return showing;
    }

    public ObjectProperty<Section> section() {
        return section;
    }

    public ObservableList<LibraryClause> library() {
        return library;
    }

    public ObservableList<DraftClause> drafted() {
        return drafted;
    }

    /** Which of {@link #drafted()} is being edited, by its position in that list; -1 for none. */
    public IntegerProperty selected() {
        return selected;
    }

    /** The selected clause's text as typed, placeholders and all. */
    public StringProperty text() {
        return text;
    }

    /** What the review says of the selected clause: placeholders that cannot be filled, figures typed in. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The selected clause as it will read in the agreement. */
    public StringProperty preview() {
        return preview;
    }

    /** The library clause selected to be read before it is inserted; null for none. */
    public ObjectProperty<LibraryClause> chosen() {
        return chosen;
    }

    /** The chosen library clause as it would read in this draft: placeholders filled, its own figures included. */
    public ReadOnlyStringProperty chosenText() {
        return chosenText;
    }

    /** Which clauses of the draft the chosen one is on the same subject as, in a sentence; empty where none. */
    public ReadOnlyStringProperty chosenOverlap() {
        return chosenOverlap;
    }

    /** Opens the panel on the section of the step on screen. */
    public void open() {
        wizard.commitCurrent();
        Section forStep = STEP_SECTIONS.get(wizard.currentStep().key());
        if (forStep != null) {
            section.set(forStep);
        }
        refresh();
        showing.set(true);
    }

    /**
     * Opens the panel on what a finding is about: the clause at {@code $.clauses[i]}, or the figure at
     * {@code $.figures[i]}. False for any other path.
     */
    public boolean reveal(String path) {
        Optional<Integer> clause = JsonPaths.index(path, "clauses");
        Optional<Integer> figure = JsonPaths.index(path, "figures");
        List<Clause> all = wizard.draft().agreement().clauses();
        if (clause.isPresent() && clause.get() < all.size() && all.get(clause.get()) != null) {
            wizard.commitCurrent();
            Clause c = all.get(clause.get());
            if (c.section() != null) {
                section.set(c.section());
            }
            for (int i = 0; i < drafted.size(); i++) {
                if (drafted.get(i).index() == clause.get()) {
                    selected.set(i);
                }
            }
            showing.set(true);
            return true;
        }
        if (figure.isPresent() && figure.get() < figures.figures().size()) {
            wizard.commitCurrent();
            figures.selected().set(figure.get());
            showing.set(true);
            return true;
        }
        return false;
    }

    public void close() {
        commitText();
        showing.set(false);
    }

    /**
     * Adds the library clause at the end of the draft's clauses, with the figures it needs, as one undoable edit. Where
     * the draft has a clause on the same subject ({@link ClauseOverlaps}), asks first: insert anyway, replace the
     * overlapping clauses (the new one takes the place of the first), or cancel. False when nothing was inserted.
     */
    public boolean insert(LibraryClause clause) {
        List<ClauseOverlaps.Overlap> overlaps = ClauseOverlaps.of(clause, wizard.draft().agreement().clauses());
        Dialogs.OverlapChoice choice = overlaps.isEmpty() ? Dialogs.OverlapChoice.INSERT_ANYWAY
                : dialogs.askAboutOverlap(clause.heading(), overlaps.stream().map(ClauseOverlaps.Overlap::described).toList());
        switch (choice) {
            case CANCEL -> {
                return false;
            }
            case INSERT_ANYWAY -> {
                wizard.edit(clause::addTo);
                select(wizard.draft().agreement().clauses().size() - 1);
            }
            case REPLACE -> {
                int first = overlaps.get(0).index();
                wizard.edit(a -> {
                    List<Clause> all = new ArrayList<>(a.clauses());
                    all.set(first, clause.toClause());
                    for (int i = overlaps.size() - 1; i > 0; i--) {
                        all.remove(overlaps.get(i).index());
                    }
                    return clause.addTo(a).withClauses(all);
                });
                select(first);
            }
        }
        return true;
    }

    /** Shows the draft's clause at {@code index} in the agreement's list, switching section if it is in another. */
    private void select(int index) {
        Clause c = wizard.draft().agreement().clauses().get(index);
        if (c.section() != null && c.section() != section.get()) {
            section.set(c.section());
        }
        for (int i = 0; i < drafted.size(); i++) {
            if (drafted.get(i).index() == index) {
                selected.set(i);
            }
        }
    }

    private void showChosen() {
        LibraryClause c = chosen.get();
        Agreement agreement = wizard.draft().agreement();
        chosenText.set(c == null ? "" : Placeholders.fill(c.text(), c.addTo(agreement)));
        List<ClauseOverlaps.Overlap> overlaps = c == null ? List.of() : ClauseOverlaps.of(c, agreement.clauses());
        chosenOverlap.set(overlaps.isEmpty() ? "" : "On the same subject as "
                + String.join("; ", overlaps.stream().map(ClauseOverlaps.Overlap::described).toList())
                + ". Inserting it asks whether to keep both or replace " + (overlaps.size() == 1 ? "it." : "them."));
    }

    /**
     * Writes what was typed into the clause it was typed for, as one undoable edit. Text the user did not change
     * leaves no trace, and a clause that has changed under it (an undo) is not written over.
     */
    public void commitText() {
        DraftClause target = editing;
        String typed = text.get() == null ? "" : text.get();
        if (target == null || typed.equals(target.clause().text())) {
            return;
        }
        List<Clause> now = wizard.draft().agreement().clauses();
        if (target.index() >= now.size() || !target.clause().equals(now.get(target.index()))) {
            return;
        }
        editing = new DraftClause(target.index(), new Clause(target.clause().section(), target.clause().heading(), typed));
        wizard.edit(a -> a.withClauses(replace(a.clauses(), target.index(), editing.clause())));
    }

    private void refresh() {
        List<LibraryClause> offered = clauses.clauses(section.get());
        // Set only when it changes, so that the clause being read stays selected while the draft changes.
        if (!library.equals(offered)) {
            library.setAll(offered);
        }
        Agreement agreement = wizard.draft().agreement();
        List<DraftClause> found = new ArrayList<>();
        for (int i = 0; i < agreement.clauses().size(); i++) {
            Clause c = agreement.clauses().get(i);
            if (c != null && c.section() == section.get()) {
                found.add(new DraftClause(i, c));
            }
        }
        int keep = selected.get();
        drafted.setAll(found);
        selected.set(-1);
        // The first clause of a section is on screen at once, rather than an empty text box.
        selected.set(keep >= 0 && keep < drafted.size() ? keep : drafted.isEmpty() ? -1 : keep < 0 ? 0 : drafted.size() - 1);
    }

    private void showSelected() {
        int at = selected.get();
        editing = at < 0 || at >= drafted.size() ? null : drafted.get(at);
        text.set(editing == null ? "" : editing.clause().text());
        showFindings();
        preview.set(Placeholders.fill(text.get() == null ? "" : text.get(), wizard.draft().agreement()));
    }

    private void showFindings() {
        String path = editing == null ? null : "$.clauses[" + editing.index() + "]";
        findings.setAll(path == null ? List.of() : wizard.findings().stream()
                .filter(f -> f.path().equals(path) || f.path().startsWith(path + ".")).toList());
    }

    private static List<Clause> replace(List<Clause> clauses, int index, Clause clause) {
        List<Clause> all = new ArrayList<>(clauses);
        all.set(index, clause);
        return all;
    }
}
