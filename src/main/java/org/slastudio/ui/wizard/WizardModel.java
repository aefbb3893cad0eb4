package org.slastudio.ui.wizard;

import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slastudio.model.Agreement;
import org.slastudio.ui.fields.Input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The wizard inside the main window: the steps, which one is showing, whether Next is allowed, each step's status
 * and the review's findings. Edits are committed when the user leaves a field or a step.
 */
public final class WizardModel {
    private final DraftModel draft;
    private final List<StepModel> steps;
    private final DraftReview review;
    private final IntegerProperty current = new SimpleIntegerProperty(0);
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final List<ObjectProperty<StepStatus>> statuses;
    private final Set<Integer> visited = new HashSet<>();
    private final StringProperty focusRequest = new SimpleStringProperty();
    private final List<Runnable> panelCommits = new ArrayList<>();
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;

    public WizardModel(DraftModel draft, List<StepModel> steps, DraftReview review) {
        this.draft = draft;
        this.steps = List.copyOf(steps);
        this.review = review;
        this.statuses = this.steps.stream().map(s -> (ObjectProperty<StepStatus>) new SimpleObjectProperty<>(StepStatus.NOT_STARTED)).toList();
        canGoBack = current.greaterThan(0);
        canGoNext = Bindings.createBooleanBinding(
                () -> current.get() < this.steps.size() - 1 && !currentStep().inputErrors().get(), current);
        this.steps.forEach(s -> s.inputErrors().addListener((o, was, is) -> {
            canGoNext.invalidate();
            refreshStatuses();
        }));
        this.steps.forEach(s -> s.holds().addListener((o, was, is) -> s.firstUnusable().map(Input::controlId).ifPresent(id -> {
            focusRequest.set(null);
            focusRequest.set(id);
        })));
        draft.agreementProperty().addListener((o, was, is) -> refreshFindings());
        restart();
    }

    public DraftModel draft() {
        return draft;
    }

    public List<StepModel> steps() {
        return steps;
    }

    public ReadOnlyIntegerProperty current() {
        return current;
    }

    public StepModel currentStep() {
        return steps.get(current.get());
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObjectProperty<StepStatus> status(int step) {
        return statuses.get(step);
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    public BooleanBinding canGoNext() {
        return canGoNext;
    }

    /** The id of a control the view should focus; set after navigating to a finding. */
    public StringProperty focusRequest() {
        return focusRequest;
    }

    /** Back to the first step with a fresh look at the draft, after a new draft was started or opened. */
    public void restart() {
        visited.clear();
        visited.add(0);
        current.set(0);
        steps.forEach(StepModel::reload);
        refreshFindings();
    }

    /** False where the step on screen holds text that cannot be used: the user stays, on that field. */
    public boolean goTo(int index) {
        if (index < 0 || index >= steps.size()) {
            return false;
        }
        panelCommits.forEach(Runnable::run);
        if (!currentStep().commitAndRelease()) {
            return false;
        }
        if (index != current.get()) {
            show(index);
        }
        return true;
    }

    public void next() {
        if (canGoNext.get()) {
            goTo(current.get() + 1);
        }
    }

    public void back() {
        goTo(current.get() - 1);
    }

    /**
     * Commits what is on screen, so the edit in progress is the one undone; text that cannot be used is the edit in
     * progress, and undoing it shows the stored values again.
     */
    public void undo() {
        if (droppedUnusableTyping()) {
            return;
        }
        Agreement before = draft.agreement();
        if (draft.undo()) {
            followChange(before);
        }
    }

    public void redo() {
        if (droppedUnusableTyping()) {
            return;
        }
        Agreement before = draft.agreement();
        if (draft.redo()) {
            followChange(before);
        }
    }

    private boolean droppedUnusableTyping() {
        commitCurrent();
        if (currentStep().inputErrors().get()) {
            currentStep().reload();
            return true;
        }
        return false;
    }

    /** Goes to the step and row of a finding and asks the view to focus its field. */
    public void reveal(Finding finding) {
        for (int i = 0; i < steps.size() - 1; i++) {
            StepModel step = steps.get(i);
            if (step.owns(finding.path())) {
                if (!goTo(i)) {
                    return;
                }
                focusRequest.set(null);
                step.reveal(finding.path()).ifPresent(focusRequest::set);
                return;
            }
        }
    }

    /** The findings about fields now on screen: the current step's, in its selected row. */
    public List<Finding> findingsOnScreen() {
        StepModel step = currentStep();
        return findings.stream().filter(f -> step.owns(f.path()) && step.onScreen(f.path())).toList();
    }

    /**
     * An edit made outside the steps (a clause inserted, the next round built): one undoable change, after which the
     * step on screen shows the new draft.
     */
    public void edit(UnaryOperator<Agreement> change) {
        currentStep().commit();
        draft.commit(change.apply(draft.agreement()));
        currentStep().reload();
        refreshStatuses();
    }

    /** Commits what is being typed, on the step on screen and in the panels beside it, e.g. before saving. */
    public void commitCurrent() {
        currentStep().commit();
        panelCommits.forEach(Runnable::run);
    }

    /**
     * The message of a field on screen whose text cannot be used, after committing what can be; the user is sent to
     * it. Empty when everything typed is in the draft.
     */
    public Optional<String> unusableTyping() {
        commitCurrent();
        return currentStep().commitAndRelease() ? Optional.empty() : currentStep().firstUnusable().map(i -> i.error().get());
    }

    /** A panel beside the steps (the clauses panel) whose typing is committed with the step's. */
    public void commitsWith(Runnable commit) {
        panelCommits.add(commit);
    }

    /** Shows the step whose part an undo or redo changed, so the user sees what came back. */
    private void followChange(Agreement before) {
        Agreement after = draft.agreement();
        int changed = current.get();
        for (int i = 0; i < steps.size(); i++) {
            if (!Objects.equals(steps.get(i).part(before), steps.get(i).part(after))) {
                changed = i;
                break;
            }
        }
        show(changed);
    }

    private void show(int index) {
        visited.add(index);
        current.set(index);
        currentStep().reload();
        canGoNext.invalidate();
        refreshStatuses();
    }

    private void refreshFindings() {
        findings.setAll(review.review(draft.agreement()));
        refreshStatuses();
    }

    private void refreshStatuses() {
        Agreement agreement = draft.agreement();
        for (int i = 0; i < steps.size(); i++) {
            StepModel step = steps.get(i);
            boolean started = visited.contains(i) || step.hasContent(agreement);
            // A step not yet started is not nagged about what it lacks.
            boolean problem = step.inputErrors().get() || started && findings.stream()
                    .anyMatch(f -> f.severity() != Severity.INFO && step.owns(f.path()));
            boolean complete = started;
            statuses.get(i).set(problem ? StepStatus.PROBLEM : complete ? StepStatus.COMPLETE : StepStatus.NOT_STARTED);
        }
    }
}
