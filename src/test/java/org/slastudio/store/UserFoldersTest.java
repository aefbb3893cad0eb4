package org.slastudio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {

    @AfterEach
    void forgetTheOverride() {
        System.clearProperty(UserFolders.HOME_PROPERTY);
    }

    @Test
    void theHomePropertyPutsEverythingUnderOneFolder(@TempDir Path home) {
        System.setProperty(UserFolders.HOME_PROPERTY, home.toString());

        assertThat(UserFolders.recovery()).isEqualTo(home.resolve("recovery"));
        assertThat(UserFolders.templates()).isEqualTo(home.resolve("templates"));
        assertThat(UserFolders.preferences()).isEqualTo(home.resolve("config"));
    }

    @Test
    void linuxFollowsTheXdgVariables() {
        UserFolders.Locations at = UserFolders.locate("Linux", Map.of("XDG_DATA_HOME", "/data", "XDG_CONFIG_HOME", "/conf")::get,
                "/home/ann", null);

        assertThat(at.data()).isEqualTo(Path.of("/data/sla-studio"));
        assertThat(at.config()).isEqualTo(Path.of("/conf/sla-studio"));
    }

    @Test
    void linuxWithoutXdgVariablesUsesTheDefaultsInTheHomeFolder() {
        UserFolders.Locations at = UserFolders.locate("Linux", Map.<String, String>of()::get, "/home/ann", null);

        assertThat(at.data()).isEqualTo(Path.of("/home/ann/.local/share/sla-studio"));
        assertThat(at.config()).isEqualTo(Path.of("/home/ann/.config/sla-studio"));
    }

    @Test
    void aRelativeXdgPathIsIgnoredAsTheSpecificationSays() {
        UserFolders.Locations at = UserFolders.locate("Linux", Map.of("XDG_DATA_HOME", "data")::get, "/home/ann", null);

        assertThat(at.data()).isEqualTo(Path.of("/home/ann/.local/share/sla-studio"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        UserFolders.Locations at = UserFolders.locate("Mac OS X", Map.<String, String>of()::get, "/Users/ann", null);

        assertThat(at.data()).isEqualTo(Path.of("/Users/ann/Library/Application Support/SLA Studio"));
        assertThat(at.config()).isEqualTo(at.data());
    }

    @Test
    void windowsUsesAppData() {
        UserFolders.Locations at = UserFolders.locate("Windows 11", Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming")::get,
                "C:\\Users\\ann", null);

        assertThat(at.data()).isEqualTo(Path.of("C:\\Users\\ann\\AppData\\Roaming").resolve("SLA Studio"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToRoamingInTheProfile() {
        UserFolders.Locations at = UserFolders.locate("Windows 10", Map.<String, String>of()::get, "/profile", null);

        assertThat(at.data()).isEqualTo(Path.of("/profile/AppData/Roaming/SLA Studio"));
    }

    @Test
    void theOverrideWinsOnEverySystem() {
        UserFolders.Locations at = UserFolders.locate("Windows 11", Map.of("APPDATA", "/x")::get, "/profile", "/portable");

        assertThat(at.data()).isEqualTo(Path.of("/portable"));
        assertThat(at.config()).isEqualTo(Path.of("/portable/config"));
    }

    @Test
    void fileDialogsStartInTheDocumentsFolderThatUserDirsNamesOnLinux(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("Dokumente"));
        Files.createDirectories(home.resolve("Documents"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "# written by xdg-user-dirs-update\n"
                + "XDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");

        assertThat(UserFolders.documents("Linux", Map.<String, String>of()::get, home)).isEqualTo(home.resolve("Dokumente"));
        assertThat(UserFolders.documents("Windows 11", Map.<String, String>of()::get, home)).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void withoutADocumentsFolderFileDialogsStartInTheHomeFolder(@TempDir Path home) throws Exception {
        assertThat(UserFolders.documents("Linux", Map.<String, String>of()::get, home)).isEqualTo(home);
        Files.createDirectories(home.resolve("Documents"));
        assertThat(UserFolders.documents("Mac OS X", Map.<String, String>of()::get, home)).isEqualTo(home.resolve("Documents"));
    }
}
