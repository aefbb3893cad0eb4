package org.slastudio.ui.clauses;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.clauses.Quantities;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Quantity;
import org.slastudio.ui.fields.Input;
import org.slastudio.ui.fields.UniqueIds;
import org.slastudio.ui.wizard.WizardModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The agreed figures: terms only the clauses state (a notice period, an escalation time), each with an id that
 * {@code {{figure.<id>}}} names, a name and a value. Every change is one undoable edit; renaming a figure renames its
 * placeholders in the clauses with it, so no clause is left pointing at an id that has gone.
 */
public final class FiguresModel {
    private final ObservableList<AgreedFigure> figures = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final Input<String> id = Input.text("Id");
    private final Input<String> name = Input.text("Name");
    private final Input<Quantity> value = new Input<>("Value", Quantities::parse, Quantities::format);
    private final WizardModel wizard;
    /** The figure the fields show, to write what is typed into it and no other. */
    private AgreedFigure editing;
    /** While the list follows the draft to where the figure on screen now stands, nothing is committed or reloaded. */
    private boolean following;

    public FiguresModel(WizardModel wizard) {
        this.wizard = wizard;
        wizard.draft().agreementProperty().addListener((o, was, is) -> refresh());
        selected.addListener((o, was, is) -> {
            if (!following) {
                commit();
                show();
            }
        });
        wizard.commitsWith(this::commit);
        refresh();
    }

    public ObservableList<AgreedFigure> figures() {
        return figures;
    }

    /** The selected figure's id, as {@code {{figure.<id>}}} names it. */
    public Input<String> id() {
        return id;
    }

    public Input<String> name() {
        return name;
    }

    /** Its value with the unit, e.g. "30 days" or "10 business days". */
    public Input<Quantity> value() {
        return value;
    }

    /** Which figure the fields edit, by its place in {@link #figures()}; -1 for none. */
    public IntegerProperty selected() {
        return selected;
    }

    /** A new figure, selected for its name and value to be typed. */
    public void add() {
        commit();
        List<String> ids = wizard.draft().agreement().figures().stream().filter(Objects::nonNull).map(AgreedFigure::id).toList();
        AgreedFigure added = new AgreedFigure(UniqueIds.next("figure", ids), "", null);
        wizard.edit(a -> a.withFigures(plus(a.figures(), added)));
        selected.set(figures.size() - 1);
    }

    public void remove() {
        int at = selected.get();
        if (at < 0 || at >= figures.size()) {
            return;
        }
        editing = null;
        wizard.edit(a -> {
            List<AgreedFigure> rest = new ArrayList<>(a.figures());
            rest.remove(at);
            return a.withFigures(rest);
        });
    }

    /** The placeholder of the selected figure, to write into a clause. */
    public String placeholder() {
        return editing == null ? "" : "{{figure." + editing.id() + "}}";
    }

    /** Writes what is typed into the figure it was typed for; a value that cannot be read stays, with its message. */
    public void commit() {
        AgreedFigure target = editing;
        if (target == null) {
            return;
        }
        int at = wizard.draft().agreement().figures().indexOf(target);
        String newId = id.valueOr(target.id());
        AgreedFigure next = new AgreedFigure(newId == null ? "" : newId, name.valueOr(target.name()) == null ? ""
                : name.valueOr(target.name()), value.valueOr(target.value()));
        if (at < 0 || next.equals(target)) {
            return;
        }
        editing = next;
        wizard.edit(a -> {
            List<AgreedFigure> all = new ArrayList<>(a.figures());
            all.set(at, next);
            return renamed(a.withFigures(all), target.id(), next.id());
        });
    }

    /**
     * After any edit of the draft. The figure on screen, if the draft still holds it unchanged, stays on screen with what
     * is typed in it; one an undo changed or took away gives way to what the draft holds now.
     */
    private void refresh() {
        int keep = selected.get();
        following = true;
        try {
            figures.setAll(wizard.draft().agreement().figures());
            int still = editing == null ? -1 : figures.indexOf(editing);
            selected.set(still >= 0 ? still : Math.min(keep, figures.size() - 1));
        } finally {
            following = false;
        }
        if (editing == null || !figures.contains(editing)) {
            show();
        }
    }

    private void show() {
        int at = selected.get();
        editing = at < 0 || at >= figures.size() ? null : figures.get(at);
        id.show(editing == null ? null : editing.id());
        name.show(editing == null ? null : editing.name());
        value.show(editing == null ? null : editing.value());
    }

    /** Clause texts saying {{figure.old}} say {{figure.new}} once the figure is renamed. */
    private static Agreement renamed(Agreement a, String from, String to) {
        if (Objects.equals(from, to) || from == null || from.isBlank()) {
            return a;
        }
        String was = "{{figure." + from + "}}";
        String is = "{{figure." + to + "}}";
        return a.withClauses(a.clauses().stream().map(c -> c == null ? null
                : new Clause(c.section(), c.heading() == null ? null : c.heading().replace(was, is),
                c.text() == null ? null : c.text().replace(was, is))).toList());
    }

    private static List<AgreedFigure> plus(List<AgreedFigure> figures, AgreedFigure added) {
        List<AgreedFigure> all = new ArrayList<>(figures);
        all.add(added);
        return all;
    }
}
