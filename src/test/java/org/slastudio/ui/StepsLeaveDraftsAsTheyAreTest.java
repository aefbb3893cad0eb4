package org.slastudio.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slastudio.model.Agreement;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;
import org.slastudio.ui.wizard.StepModel;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Looking at a draft is not editing it: every step, shown and committed untouched, gives back the same agreement. */
class StepsLeaveDraftsAsTheyAreTest {

    static List<Template> templates() {
        return TemplateCatalogue.builtIn().templates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void walkingThroughEveryStepOfABuiltInTemplateChangesNothing(Template template) {
        Agreement original = StoreFiles.opened(TemplateCatalogue.builtIn().load(template)).agreement();
        AppModel app = new AppModel(new MemoryFiles(), new NoRecovery(), new ScriptedDialogs(), List.of(), new RecentDrafts(null),
                agreement -> List.of());
        app.draft().start(original, null);
        app.wizard().restart();

        for (StepModel step : app.wizard().steps()) {
            step.reload();
            step.commit();
            assertThat(app.draft().agreement()).as(step.title()).isEqualTo(original);
        }
        for (int i = 0; i < app.wizard().steps().size(); i++) {
            app.wizard().goTo(i);
        }
        assertThat(app.draft().agreement()).isEqualTo(original);
        assertThat(app.draft().canUndo().get()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aDraftThatLeavesPartsOutKeepsLeavingThemOut() {
        org.slastudio.model.Overview o = org.slastudio.model.Overview.blank();
        Agreement hollow = new Agreement(new org.slastudio.model.Overview("T", o.type(), null, null, "", "", null,
                o.measurementPeriod(), null, "0.1"),
                List.of(new org.slastudio.model.Party("p", org.slastudio.model.PartyRole.PROVIDER, "P", "", null, null)),
                List.of(new org.slastudio.model.Service("s", "S", "", "p", null, null, null, null, List.of(), null)),
                List.of(), null, List.of(), List.of());
        AppModel app = new AppModel(new MemoryFiles(), new NoRecovery(), new ScriptedDialogs(), List.of(), new RecentDrafts(null),
                agreement -> List.of());
        app.draft().start(hollow, null);
        app.wizard().restart();

        for (StepModel step : app.wizard().steps()) {
            step.reload();
            step.commit();
            assertThat(app.draft().agreement()).as(step.title()).isEqualTo(hollow);
        }
    }

    /** Keeps nothing; this test never autosaves. */
    private static final class NoRecovery implements RecoveryCopies {
        @Override
        public void keep(java.nio.file.Path file, Agreement agreement, Object carried) {
        }

        @Override
        public void discard(java.nio.file.Path file) {
        }

        @Override
        public List<Pending> pending() {
            return List.of();
        }
    }
}
