package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.MemoDetails;
import org.slastudio.export.MemoOption;
import org.slastudio.export.MemoResult;
import org.slastudio.export.OptionsMemoPdf;
import org.slastudio.export.ExportFiles;
import org.slastudio.model.Agreement;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.simulation.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "memo",
        description = "Write an options memo: two to four variants of an agreement side by side (targets, allowed "
                + "downtime, fees, and the simulator's expected credits, customer loss and margin, all with one seed), "
                + "what changes between them, and a recommendation. Give two to four drafts, or one draft and "
                + "--levels to set every credit-bearing level of every service to each level in turn. Our positions "
                + "are never printed.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:the memo was written",
                "1:a draft has errors that stop the simulation",
                "2:a draft could not be read, the options are not two to four, or the PDF could not be written"})
final class MemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DRAFT",
            description = "Two to four drafts (*.sla.json), one per option; or one draft with --levels.")
    List<Path> drafts;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the PDF, e.g. memo.pdf; an existing file is replaced.")
    Path output;

    @Option(names = "--levels", split = ",", paramLabel = "PERCENT",
            description = "Two to four levels, e.g. 99.5,99.9,99.95: one option per level, made from the one DRAFT.")
    List<BigDecimal> levels = List.of();

    @Option(names = "--names", split = ",", paramLabel = "NAME",
            description = "The options' names in order, e.g. \"Option A,Option B\" (default: Option A, Option B ...; "
                    + "with --levels, the levels).")
    List<String> names = List.of();

    @Option(names = "--title", paramLabel = "TEXT", description = "The memo's title (default: from the first draft).")
    String title;

    @Option(names = "--prepared-for", paramLabel = "TEXT", description = "Whom the memo is for, e.g. \"Contoso Retail Ltd\".")
    String preparedFor;

    @Option(names = "--prepared-by", paramLabel = "TEXT", description = "Who wrote it.")
    String preparedBy;

    @Option(names = "--recommendation", paramLabel = "TEXT", description = "The recommendation paragraph.")
    String recommendation;

    @Option(names = "--trials", paramLabel = "N", description = "Simulated service-months for each service of each "
            + "option (default: the first draft's saved setting, else 100000).")
    Integer trials;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed, the same for every option (default: the "
            + "first draft's saved seed, else " + Simulator.DEFAULT_SEED + ").")
    Long seed;

    @Option(names = "--final", description = "Leave out the DRAFT mark.")
    boolean finalCopy;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!levels.isEmpty() && drafts.size() != 1) {
            err.printf("memo: --levels makes the options from one draft; %d given. Give one DRAFT with --levels, "
                    + "or two to four drafts without it%n", drafts.size());
            return Cli.UNREADABLE;
        }
        int count = levels.isEmpty() ? drafts.size() : levels.size();
        if (count < 2 || count > 4) {
            err.printf(levels.isEmpty()
                    ? "memo: an options memo compares two to four drafts; %d given%n"
                    : "memo: --levels needs two to four levels; %d given, e.g. --levels 99.5,99.9,99.95%n", count);
            return Cli.UNREADABLE;
        }
        if (!names.isEmpty() && names.size() != count) {
            err.printf("memo: --names gives %d name%s for %d options; give one per option, in order%n",
                    names.size(), names.size() == 1 ? "" : "s", count);
            return Cli.UNREADABLE;
        }
        List<Agreement> agreements = new ArrayList<>();
        for (Path draft : drafts) {
            Optional<Agreement> loaded = Drafts.load(draft, "memo", err);
            if (loaded.isEmpty()) {
                return Cli.UNREADABLE;
            }
            agreements.add(loaded.get());
        }
        List<MemoOption> options = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                MemoOption option = levels.isEmpty() ? new MemoOption("Option " + (char) ('A' + i), agreements.get(i))
                        : MemoOption.atLevel(agreements.get(0), levels.get(i));
                options.add(names.isEmpty() ? option : new MemoOption(names.get(i), option.agreement(), option.basis()));
            }
        } catch (IllegalArgumentException e) {
            err.println("memo: " + e.getMessage());
            return Cli.UNREADABLE;
        }
        if (options.stream().map(MemoOption::name).distinct().count() < count) {
            err.println("memo: two options have the same name; give each its own with --names, e.g. --names \"Lean,Balanced,Premium\"");
            return Cli.UNREADABLE;
        }
        SimulationAssumptions saved = agreements.get(0).simulationAssumptions() == null
                ? SimulationAssumptions.defaults() : agreements.get(0).simulationAssumptions();
        int n = trials != null ? trials : saved.trials() != null ? saved.trials() : Simulator.DEFAULT_TRIALS;
        long s = seed != null ? seed : saved.seed() != null ? saved.seed() : Simulator.DEFAULT_SEED;
        if (n < 1 || n > 10_000_000) {
            err.printf("memo: --trials must be from 1 to 10000000 (it is %d); e.g. --trials 100000%n", n);
            return Cli.UNREADABLE;
        }
        ExportOptions exportOptions = new ExportOptions(!finalCopy, ZonedDateTime.now(), null);
        MemoDetails details = new MemoDetails(title, preparedFor, preparedBy, exportOptions.issued().toLocalDate(),
                recommendation, n, s);
        MemoResult result;
        try {
            result = ExportFiles.writeAtomically(output, stream -> OptionsMemoPdf.write(options, details, exportOptions, stream));
        } catch (IllegalArgumentException e) {
            // Count and names are checked above, so what is left is a draft the simulator cannot work with.
            err.println("memo: " + e.getMessage());
            return Cli.FINDINGS;
        } catch (IOException e) {
            err.printf("memo: cannot write %s (%s)%n", output, e.getMessage());
            return Cli.UNREADABLE;
        }
        out.printf("Wrote %s: %d options on %d pages, %d simulated service-months each, seed %d%n", output,
                options.size(), result.pages(), n, s);
        for (int i = 0; i < options.size(); i++) {
            out.printf("  %d  %-20s fingerprint %s%n", i + 1, options.get(i).name(), result.fingerprints().get(i));
        }
        return Cli.OK;
    }
}
