package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.store.TemplateCatalogue;
import org.slastudio.ui.start.ExampleAgreement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreFilesTest {
    private final StoreFiles files = new StoreFiles();
    @TempDir
    Path folder;

    @Test
    void aSavedDraftOpensAsTheSameAgreement() throws Exception {
        Path file = folder.resolve("hosting.sla.json");

        files.save(file, ExampleAgreement.managedHosting(), null);
        DraftFiles.Opened opened = files.open(file);

        assertThat(opened.problems()).isEmpty();
        assertThat(opened.agreement()).isEqualTo(ExampleAgreement.managedHosting());
    }

    @Test
    void fieldsOfANewerVersionSurviveOpeningAndSavingAgain() throws Exception {
        Path file = folder.resolve("newer.sla.json");
        files.save(file, ExampleAgreement.managedHosting(), null);
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\\{", "{\n  \"negotiationRound\": 3,"));

        DraftFiles.Opened opened = files.open(file);
        files.save(file, opened.agreement(), opened.carried());

        assertThat(Files.readString(file)).contains("\"negotiationRound\"");
    }

    @Test
    void aFileThatIsNotADraftGivesTheStoresMessagesAndNoAgreement() throws Exception {
        Path file = folder.resolve("broken.sla.json");
        Files.writeString(file, "this is not json");

        DraftFiles.Opened opened = files.open(file);

        assertThat(opened.agreement()).isNull();
        assertThat(opened.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("$"));
    }

    @Test
    void theStartScreenOffersBlankThenEveryBuiltInTemplateAndTheExampleLoadsCleanly() {
        List<Starter> starters = DesktopApp.starters(TemplateCatalogue.builtIn(), Settings.inMemory());

        assertThat(starters.get(0).name()).isEqualTo("blank");
        assertThat(starters).extracting(Starter::name).contains(AppModel.EXAMPLE);
        DraftFiles.Opened example = starters.stream().filter(s -> s.name().equals(AppModel.EXAMPLE)).findFirst()
                .orElseThrow().draft().get();
        assertThat(example.problems()).isEmpty();
        assertThat(example.agreement().parties()).isNotEmpty();
        assertThat(example.agreement().services()).isNotEmpty();
    }

    @Test
    void aBlankDraftStartsInTheDefaultCurrencyAndTimeZone() {
        Settings settings = Settings.inMemory();
        settings.update(p -> p.withDefaults(Currency.getInstance("GBP"), ZoneId.of("Europe/London")));

        Starter blank = DesktopApp.starters(TemplateCatalogue.builtIn(), settings).get(0);

        assertThat(blank.draft().get().agreement().overview().currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(blank.draft().get().agreement().overview().timeZone()).isEqualTo(ZoneId.of("Europe/London"));
    }
}
