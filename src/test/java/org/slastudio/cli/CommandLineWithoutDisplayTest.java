package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The jar's main class runs commands in a plain JVM with no display, and never loads JavaFX to do it. */
class CommandLineWithoutDisplayTest {

    @Test
    void validateRunsWithoutADisplayAndWithoutLoadingJavaFx() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xlog:class+load=info",
                "-cp", System.getProperty("java.class.path"), "org.slastudio.Main",
                "validate", "templates/example-cloud-hosting.sla.json"))
                .redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");

        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("0 errors");
        assertThat(output.lines().filter(line -> line.contains(" javafx.")).toList()).isEmpty();
    }
}
