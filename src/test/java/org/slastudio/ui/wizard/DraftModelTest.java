package org.slastudio.ui.wizard;

import org.junit.jupiter.api.Test;
import org.slastudio.model.Agreement;
import org.slastudio.model.Overview;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DraftModelTest {
    private final DraftModel draft = new DraftModel();

    private static Agreement titled(String title) {
        Overview blank = Overview.blank();
        return Agreement.blank().withOverview(new Overview(title, blank.type(), null, blank.term(), "", "", null,
                blank.measurementPeriod(), null, blank.version()));
    }

    @Test
    void undoAndRedoWalkThroughEveryCommittedEdit() {
        draft.commit(titled("A"));
        draft.commit(titled("B"));

        assertThat(draft.undo()).isTrue();
        assertThat(draft.agreement()).isEqualTo(titled("A"));
        assertThat(draft.undo()).isTrue();
        assertThat(draft.agreement()).isEqualTo(Agreement.blank());
        assertThat(draft.undo()).isFalse();
        assertThat(draft.redo()).isTrue();
        assertThat(draft.redo()).isTrue();
        assertThat(draft.agreement()).isEqualTo(titled("B"));
        assertThat(draft.canRedo().get()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoHistory() {
        draft.commit(titled("A"));
        draft.undo();
        draft.commit(titled("C"));

        assertThat(draft.canRedo().get()).isFalse();
        assertThat(draft.redo()).isFalse();
    }

    @Test
    void anEditThatChangesNothingLeavesNoTrace() {
        draft.commit(Agreement.blank());

        assertThat(draft.canUndo().get()).isFalse();
    }

    @Test
    void theTitleShowsTheFileNameAndAStarWhileThereAreUnsavedChanges() {
        assertThat(draft.windowTitle().get()).isEqualTo("Untitled draft — SLA Studio");

        draft.commit(titled("A"));
        assertThat(draft.windowTitle().get()).isEqualTo("*Untitled draft — SLA Studio");

        draft.markSaved(Path.of("/tmp/hosting.sla.json"));
        assertThat(draft.windowTitle().get()).isEqualTo("hosting.sla.json — SLA Studio");

        draft.commit(titled("B"));
        assertThat(draft.dirty().get()).isTrue();
        draft.undo();
        assertThat(draft.dirty().get()).isFalse();
    }

    @Test
    void startingAnotherDraftClearsTheHistory() {
        draft.commit(titled("A"));

        draft.start(titled("Opened"), Path.of("/tmp/opened.sla.json"));

        assertThat(draft.canUndo().get()).isFalse();
        assertThat(draft.dirty().get()).isFalse();
        assertThat(draft.replacements().get()).isEqualTo(1);
    }

    @Test
    void aDraftFromATemplateHasUnsavedChanges() {
        draft.start(titled("From template"), null);

        assertThat(draft.dirty().get()).isTrue();
    }
}
