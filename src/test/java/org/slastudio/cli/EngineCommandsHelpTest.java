package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineCommandsHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"downtime", "credit", "deadline", "simulate", "composite"})
    void everyCalculatingCommandExplainsItselfAndItsVersion(String command) {
        CommandRun help = CommandRun.of(command, "--help");
        CommandRun version = CommandRun.of(command, "--version");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: sla-studio " + command).contains("Exit status:");
        assertThat(version.out()).startsWith("SLA Studio ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"downtime", "credit", "deadline"})
    void aCommandWithoutItsRequiredOptionsIsAUsageError(String command) {
        CommandRun run = CommandRun.of(command);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required").contains("Usage: sla-studio " + command);
    }
}
