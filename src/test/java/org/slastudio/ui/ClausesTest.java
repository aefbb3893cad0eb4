package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.clauses.ClauseLibrary;
import org.slastudio.clauses.LibraryClause;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;
import org.slastudio.store.Autosave;
import org.slastudio.ui.clauses.ClausesModel;
import org.slastudio.ui.start.ExampleAgreement;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The clauses panel: library clauses inserted into the draft, and the draft's clauses edited and previewed. */
class ClausesTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir
    Path home;
    private AppModel app;

    private AppModel app() {
        if (app == null) {
            app = new AppModel(new MemoryFiles(), new StoreRecovery(new Autosave(home.resolve("recovery"))), dialogs,
                    TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(home.resolve("recent.txt")), a -> List.of(), Jobs.inline());
            app.begin(app.example().orElseThrow());
        }
        return app;
    }

    private ClausesModel clauses() {
        return app().clauses();
    }

    @Test
    void thePanelOpensOnTheSectionOfTheStepOnScreenWithTheLibrarysClausesForIt() {
        app().wizard().goTo(4);

        clauses().open();

        assertThat(clauses().showing().get()).isTrue();
        assertThat(clauses().section().get()).isEqualTo(Section.SERVICE_CREDITS);
        assertThat(clauses().library()).isNotEmpty()
                .isEqualTo(ClauseLibrary.builtIn().clauses(Section.SERVICE_CREDITS));
    }

    @Test
    void anInsertedClauseEndsTheDraftsClausesAndOneUndoTakesItOut() {
        clauses().section().set(Section.SERVICE_CREDITS);
        LibraryClause chosen = clauses().library().get(0);
        List<Clause> before = app().draft().agreement().clauses();

        clauses().insert(chosen);

        assertThat(app().draft().agreement().clauses()).hasSize(before.size() + 1).last().isEqualTo(chosen.toClause());
        assertThat(clauses().drafted()).extracting(ClausesModel.DraftClause::clause).contains(chosen.toClause());
        assertThat(clauses().text().get()).isEqualTo(chosen.text());
        app().wizard().undo();
        assertThat(app().draft().agreement().clauses()).isEqualTo(before);
    }

    @Test
    void editedTextReplacesTheSelectedClauseAndThePreviewFillsItsPlaceholders() {
        clauses().section().set(Section.REPORTING);
        clauses().insert(clauses().library().get(0));

        clauses().text().set("{{provider.legalName}} reports to {{customer.legalName}} every month.");
        clauses().commitText();

        Clause edited = app().draft().agreement().clauses().get(app().draft().agreement().clauses().size() - 1);
        assertThat(edited.section()).isEqualTo(Section.REPORTING);
        assertThat(edited.text()).isEqualTo("{{provider.legalName}} reports to {{customer.legalName}} every month.");
        assertThat(clauses().preview().get()).isEqualTo("Nimbus Hosting GmbH reports to Acme Retail Ltd every month.");
    }

    @Test
    void committingUnchangedTextLeavesNoEditToUndo() {
        clauses().section().set(Section.REPORTING);
        clauses().insert(clauses().library().get(0));
        var withClause = app().draft().agreement();

        clauses().commitText();
        app().wizard().undo();

        assertThat(app().draft().agreement()).isEqualTo(ExampleAgreement.managedHosting());
        assertThat(withClause).isNotEqualTo(ExampleAgreement.managedHosting());
    }
}
