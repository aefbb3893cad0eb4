package org.slastudio.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sla-studio",
        description = "Draft, check and measure Service Level Agreements.%n"
                + "Run without a command to open the desktop app.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:all good",
                "1:a draft has errors",
                "2:a file could not be read, or the command was used wrongly"})
/** The top of the command line; its commands are added by {@link Cli}, only the one asked for where one is. */
final class SlaStudioCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.UNREADABLE;
    }
}
