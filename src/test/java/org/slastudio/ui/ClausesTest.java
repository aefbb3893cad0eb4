package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.clauses.ClauseLibrary;
import org.slastudio.clauses.LibraryClause;
import org.slastudio.model.AgreedFigure;
import org.slastudio.model.Quantity;
import org.slastudio.model.Agreement;
import org.slastudio.model.Clause;
import org.slastudio.model.Section;
import org.slastudio.store.Autosave;
import org.slastudio.ui.clauses.ClausesModel;
import org.slastudio.ui.start.ExampleAgreement;

import java.math.BigDecimal;
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

    @Test
    void aFigureAddedNamedAndValuedIsOneEditEachAndItsPlaceholderFillsTheClause() {
        var figures = clauses().figures();
        clauses().section().set(Section.EXCLUSIONS);
        clauses().insert(clauses().library().stream().filter(c -> c.figures().isEmpty()).findFirst().orElseThrow());

        figures.add();
        figures.name().text().set("Notice to terminate for persistent failure");
        figures.value().text().set("45 days");
        figures.id().text().set("termination-notice");
        figures.commit();
        clauses().text().set("The Customer may terminate on {{figure.termination-notice}}' written notice.");
        clauses().commitText();

        assertThat(app().draft().agreement().figures()).containsExactly(new AgreedFigure("termination-notice",
                "Notice to terminate for persistent failure", new Quantity(new BigDecimal("45"), Quantity.Unit.DAYS, null)));
        assertThat(clauses().preview().get()).isEqualTo("The Customer may terminate on 45 days' written notice.");
    }

    @Test
    void renamingAFigureRenamesItsPlaceholdersAndAnUnreadableValueStaysWithItsMessage() {
        var figures = clauses().figures();
        clauses().section().set(Section.EXCLUSIONS);
        clauses().insert(clauses().library().stream().filter(c -> c.figures().isEmpty()).findFirst().orElseThrow());
        figures.add();
        figures.id().text().set("notice");
        figures.value().text().set("30 days");
        figures.commit();
        clauses().text().set("On {{figure.notice}}' notice.");
        clauses().commitText();

        figures.id().text().set("termination-notice");
        figures.value().text().set("thirty days");
        figures.commit();

        Agreement a = app().draft().agreement();
        assertThat(a.figures()).extracting(AgreedFigure::id, f -> f.value().amount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("termination-notice", new BigDecimal("30")));
        assertThat(a.clauses().get(a.clauses().size() - 1).text()).isEqualTo("On {{figure.termination-notice}}' notice.");
        assertThat(figures.value().text().get()).isEqualTo("thirty days");
        assertThat(figures.value().error().get()).startsWith("Value: enter a number with its unit, e.g. 30 days");

        app().wizard().undo();
        assertThat(app().draft().agreement().figures()).extracting(AgreedFigure::id).containsExactly("notice");
        assertThat(app().draft().agreement().clauses().get(a.clauses().size() - 1).text()).isEqualTo("On {{figure.notice}}' notice.");
    }

    @Test
    void aLibraryClauseBringsTheFiguresItNeedsAndRemovingOneIsUndoable() {
        LibraryClause withFigure = new LibraryClause("t", Section.TERMINATION, "Termination", "On {{figure.notice}}' notice.",
                "note", org.slastudio.clauses.Favours.BALANCED, List.of(new AgreedFigure("notice", "Notice",
                new Quantity(new BigDecimal("30"), Quantity.Unit.DAYS, null))));

        clauses().insert(withFigure);
        assertThat(app().draft().agreement().figures()).extracting(AgreedFigure::id).containsExactly("notice");
        clauses().insert(withFigure);
        assertThat(app().draft().agreement().figures()).as("a figure the draft has is not added twice").hasSize(1);

        clauses().figures().selected().set(0);
        clauses().figures().remove();
        assertThat(app().draft().agreement().figures()).isEmpty();
        app().wizard().undo();
        assertThat(app().draft().agreement().figures()).hasSize(1);
    }

    @Test
    void aFindingAboutAClauseOpensThePanelOnItAndThePanelShowsWhatTheReviewSays() {
        AppModel reviewed = new AppModel(new MemoryFiles(), new StoreRecovery(new Autosave(home.resolve("recovery2"))), dialogs,
                TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(home.resolve("recent2.txt")), org.slastudio.review.Review::of,
                Jobs.inline());
        reviewed.begin(reviewed.example().orElseThrow());
        reviewed.wizard().edit(a -> a.withClauses(List.of(new Clause(Section.OVERVIEW, "Scope", "Scope."),
                new Clause(Section.AVAILABILITY, "Availability", "The platform is available 99.99 per cent of the time."))));
        org.slastudio.review.Finding stale = reviewed.wizard().findings().stream()
                .filter(f -> f.path().equals("$.clauses[1].text")).findFirst().orElseThrow();

        reviewed.clauses().reveal(stale.path());

        assertThat(reviewed.clauses().showing().get()).isTrue();
        assertThat(reviewed.clauses().section().get()).isEqualTo(Section.AVAILABILITY);
        assertThat(reviewed.clauses().text().get()).isEqualTo("The platform is available 99.99 per cent of the time.");
        assertThat(reviewed.clauses().findings()).extracting(org.slastudio.review.Finding::message)
                .anyMatch(m -> m.contains("states \"99.99 per cent\", which no term of the draft has"));
    }
}
