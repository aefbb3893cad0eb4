package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.store.Autosave;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Save as template…: the draft goes into the user templates folder, where the catalogue and the start screen find it. */
class SaveAsTemplateTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @TempDir
    Path home;
    private AppModel app;

    private AppModel app() {
        if (app == null) {
            app = new AppModel(new StoreFiles(), new StoreRecovery(new Autosave(home.resolve("recovery"))), dialogs,
                    TestStarters.BLANK_AND_EXAMPLE, new RecentDrafts(home.resolve("recent.txt")), a -> List.of(), Jobs.inline());
            app.begin(app.example().orElseThrow());
        }
        return app;
    }

    @Test
    void theTemplateIsListedByTheCatalogueWithTheTitleAndDescriptionGiven() {
        dialogs.templateDetails = new Dialogs.TemplateDetails("Our Hosting", "Our hosting terms", "Hosting as we sell it.");
        Path folder = home.resolve("templates");

        assertThat(app().saveAsTemplate(folder)).isTrue();

        assertThat(dialogs.asked).containsExactly("template TemplateDetails[name=managed-hosting-service-level-agreement, "
                + "title=Managed Hosting Service Level Agreement, description=Sets the availability and support the provider "
                + "promises for hosting the customer's web shop, and the service credits owed when a promise is missed.]");
        assertThat(folder.resolve("our-hosting.sla.json")).isNotEmptyFile();
        assertThat(TemplateCatalogue.builtIn().withUserFolder(folder).find("our-hosting"))
                .contains(new Template("our-hosting", "Our hosting terms", "Hosting as we sell it."));
        assertThat(app().starters()).last().extracting(Starter::name, Starter::title, Starter::description)
                .containsExactly("our-hosting", "Our hosting terms", "Hosting as we sell it.");
    }

    @Test
    void startingFromTheSavedTemplateGivesTheDraftAsANewUntitledOne() {
        dialogs.templateDetails = new Dialogs.TemplateDetails("ours", "Our hosting terms", "Hosting as we sell it.");
        app().saveAsTemplate(home.resolve("templates"));
        var saved = app().draft().agreement();
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.DISCARD;

        assertThat(app().begin(app().starters().get(app().starters().size() - 1))).isTrue();

        assertThat(app().draft().file().get()).isNull();
        assertThat(app().draft().agreement().services()).isEqualTo(saved.services());
        assertThat(app().draft().agreement().overview().title()).isEqualTo("Our hosting terms");
        assertThat(app().draft().agreement().overview().purpose()).startsWith("Hosting as we sell it.\n\nSets the availability");
    }

    @Test
    void aTemplateNamedLikeOneAlreadyListedIsListedAsTheUsers() {
        dialogs.templateDetails = new Dialogs.TemplateDetails(AppModel.EXAMPLE, "Mine", "");

        app().saveAsTemplate(home.resolve("templates"));

        assertThat(app().starters()).extracting(Starter::name).containsExactly("blank", AppModel.EXAMPLE, "user-" + AppModel.EXAMPLE);
    }

    @Test
    void aNameWithoutLettersOrDigitsIsRefusedWithTheFix() {
        dialogs.templateDetails = new Dialogs.TemplateDetails(" -- ", "Mine", "");

        assertThat(app().saveAsTemplate(home.resolve("templates"))).isFalse();

        assertThat(dialogs.asked).last().asString().startsWith("error The template needs a file name: Type a file name");
        assertThat(home.resolve("templates")).doesNotExist();
    }

    @Test
    void theDraftItselfIsNotChangedBySavingATemplate() {
        dialogs.templateDetails = new Dialogs.TemplateDetails("ours", "Our hosting terms", "Hosting as we sell it.");
        var before = app().draft().agreement();

        app().saveAsTemplate(home.resolve("templates"));

        assertThat(app().draft().agreement()).isEqualTo(before);
    }
}
