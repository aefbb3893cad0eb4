package org.slastudio.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "round",
        description = "The rounds of a negotiation: each round is a version of the agreement one side put to the other. "
                + "The draft lists every round; each round's full text is frozen beside it as NAME.round-N.sla.json "
                + "and never replaced, so any two rounds can be compared with diff.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {RoundSaveCommand.class, RoundListCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:done",
                "1:see the subcommand",
                "2:a file could not be read or written, or the command was used wrongly"})
final class RoundCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.UNREADABLE;
    }
}
