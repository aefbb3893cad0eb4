package org.slastudio.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "templates",
        description = "List the templates a new draft can start from: those shipped with SLA Studio, then your own.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class TemplatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Template template : TemplateCatalogue.builtIn().templates()) {
            out.printf("%-20s %s%n", template.name(), template.title());
            out.printf("%-20s %s%n", "", template.description());
        }
        return Cli.OK;
    }
}
