package org.slastudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.slastudio.Main;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopMissingTest {

    @Test
    void withoutGtkTheUserIsToldWhatToInstall() {
        RuntimeException failure = new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library."));

        assertThat(DesktopMissing.explain(failure)).hasValueSatisfying(m -> assertThat(m)
                .contains("lacks GTK 3", "sudo apt-get install libgtk-3-0", "sudo dnf install gtk3", "--help"));
    }

    @Test
    void withoutADisplayTheUserIsToldWhereTheAppCanRun() {
        assertThat(DesktopMissing.explain(new UnsupportedOperationException("Unable to open DISPLAY")))
                .hasValueSatisfying(m -> assertThat(m).contains("there is no display", "DISPLAY", "--help"));
    }

    @Test
    void anyOtherFailureIsNotExplainedAway() {
        assertThat(DesktopMissing.explain(new IllegalStateException("Not on FX application thread"))).isEmpty();
    }

    /** The app started where it cannot open a window exits with 1 and the explanation, not a stack trace. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void startingTheAppWithoutADisplayPrintsWhatIsMissingAndNoStackTrace() throws Exception {
        ProcessBuilder app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName());
        app.environment().remove("DISPLAY");
        app.environment().remove("WAYLAND_DISPLAY");
        app.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        app.redirectError(File.createTempFile("app", ".err"));
        Process started = app.start();

        assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = java.nio.file.Files.readString(app.redirectError().file().toPath(), StandardCharsets.UTF_8);
        assertThat(started.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("SLA Studio cannot open its window").doesNotContain("\tat ");
    }
}
