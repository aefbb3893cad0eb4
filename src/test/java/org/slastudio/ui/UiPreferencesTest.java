package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class UiPreferencesTest {
    @TempDir
    Path folder;

    @Test
    void preferencesSurviveARestart() throws Exception {
        Path file = folder.resolve("prefs/ui.properties");
        UiPreferences chosen = new UiPreferences(true, Currency.getInstance("GBP"), ZoneId.of("Europe/London"), 30);

        chosen.save(file);

        assertThat(UiPreferences.load(file)).isEqualTo(chosen);
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(UiPreferences.load(folder.resolve("none.properties"))).isEqualTo(UiPreferences.DEFAULTS);
    }

    @Test
    void unreadableValuesKeepTheirDefaultsAndTheRestIsRead() throws Exception {
        Path file = folder.resolve("ui.properties");
        Files.writeString(file, "theme=dark\ndefaultCurrency=EURO\ndefaultTimeZone=Mars/Olympus\nautosaveSeconds=often\n");

        assertThat(UiPreferences.load(file)).isEqualTo(new UiPreferences(true, null, null, 10));
    }
}
