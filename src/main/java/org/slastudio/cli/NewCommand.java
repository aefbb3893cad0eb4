package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slastudio.store.DraftStore;
import org.slastudio.store.LoadResult;
import org.slastudio.store.Template;
import org.slastudio.store.TemplateCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "new",
        description = "Start a new draft from a template (see the templates command).",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--template"}, required = true, paramLabel = "NAME", description = "Template name.")
    String templateName;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the new draft, e.g. acme-hosting.sla.json.")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE if it exists (its previous version is kept as FILE.bak).")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        TemplateCatalogue catalogue = TemplateCatalogue.builtIn();
        Optional<Template> template = catalogue.find(templateName);
        if (template.isEmpty()) {
            err.printf("new: there is no template '%s'. Templates: %s%n", templateName,
                    String.join(", ", catalogue.templates().stream().map(Template::name).toList()));
            return Cli.UNREADABLE;
        }
        if (Files.exists(output) && !force) {
            err.printf("new: %s already exists; choose another file or add --force to replace it%n", output);
            return Cli.UNREADABLE;
        }
        LoadResult loaded = catalogue.load(template.get());
        if (!loaded.readable()) {
            err.printf("new: template '%s' could not be read: %s%n", templateName, loaded.problems());
            return Cli.UNREADABLE;
        }
        try {
            DraftStore.save(output, loaded.draft());
        } catch (IOException e) {
            err.printf("new: cannot write %s (%s)%n", output, e.getMessage());
            return Cli.UNREADABLE;
        }
        spec.commandLine().getOut().printf("Wrote %s from template '%s'%n", output, templateName);
        return Cli.OK;
    }
}
