package org.slastudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slastudio.engine.AllowedDowntime;
import org.slastudio.engine.CompositeAvailability;
import org.slastudio.engine.LevelFeasibility;
import org.slastudio.engine.ServiceFeasibility;
import org.slastudio.model.Agreement;
import org.slastudio.model.Dependency;
import org.slastudio.model.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "composite",
        description = "The availability a service's upstream dependencies compose to (components in series multiply "
                + "their availabilities; redundant ones in parallel multiply their downtimes), held against the "
                + "service's targets, with the downtime each allows and the dependencies bring in the first month of "
                + "the term. Or, without a draft, of figures given with --expr, or with --series and --parallel. "
                + "Failures are taken as independent; see docs/composite.md.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:every target the dependencies are held against is met by them, or there are none",
                "1:a credit-bearing target is above what its dependencies compose to (or above --target), dependencies "
                        + "cannot be composed, or the draft has errors",
                "2:a file could not be read, a figure is wrong, or the command was used wrongly"})
final class CompositeCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DRAFT",
            description = "The draft (*.sla.json), with dependencies under simulationAssumptions.services[].dependencies.")
    Path draft;

    @Option(names = "--service", paramLabel = "ID", description = "Only this service of the draft.")
    String serviceId;

    @Option(names = "--expr", paramLabel = "EXPRESSION",
            description = "Figures as an expression, e.g. \"series(99.99, parallel(99.95, 99.95))\": a percentage is a "
                    + "component; series(...) and parallel(...) nest.")
    String expression;

    @Option(names = "--series", paramLabel = "PERCENTS",
            description = "Components in series, e.g. 99.99 or 99.99,99.95.")
    List<String> series = new ArrayList<>();

    @Option(names = "--parallel", paramLabel = "PERCENTS",
            description = "A redundant group, e.g. 99.95,99.95, in series with the rest; repeat for another group.")
    List<String> parallel = new ArrayList<>();

    @Option(names = "--target", paramLabel = "PERCENT",
            description = "With figures: the target to hold them against, e.g. 99.99.")
    String target;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--force", description = "Work out the draft's figures even though the review finds errors in it.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean figures = expression != null || !series.isEmpty() || !parallel.isEmpty();
        try {
            if (draft != null && figures) {
                throw new IllegalArgumentException("give either a DRAFT or figures (--expr, or --series and --parallel), not"
                        + " both");
            }
            if (draft == null && !figures) {
                throw new IllegalArgumentException("give a DRAFT, or figures: e.g. composite --expr \"series(99.99,"
                        + " parallel(99.95, 99.95))\", or composite --series 99.99 --parallel 99.95,99.95");
            }
            if (expression != null && (!series.isEmpty() || !parallel.isEmpty())) {
                throw new IllegalArgumentException("--expr says the whole structure; leave out --series and --parallel, or"
                        + " give those without --expr");
            }
            if (draft == null && serviceId != null) {
                throw new IllegalArgumentException("--service " + serviceId + " names a service of a DRAFT; give the draft");
            }
            if (draft != null && target != null) {
                throw new IllegalArgumentException("--target " + target + " is for figures given on the command line; a"
                        + " draft's targets are its service levels");
            }
            return figures ? figures(spec.commandLine().getOut()) : draft(err);
        } catch (IllegalArgumentException e) {
            err.println("composite: " + e.getMessage());
            return Cli.UNREADABLE;
        }
    }

    private int figures(PrintWriter out) {
        Dependency tree = expression != null ? CompositeExpression.parse(expression, "--expr")
                : CompositeExpression.lists(series, parallel);
        BigDecimal goal = target == null ? null : percent(target);
        BigDecimal composite = CompositeAvailability.of(tree);
        if (format == Format.json) {
            out.println(CompositeOutput.figuresJson(tree, composite, goal));
        } else {
            CompositeOutput.figuresText(out, tree, composite, goal);
        }
        return goal != null && composite.compareTo(goal) < 0 ? Cli.FINDINGS : Cli.OK;
    }

    private int draft(PrintWriter err) {
        Agreement agreement;
        try {
            agreement = Drafts.loadForCalculation(draft, "composite", err, force);
        } catch (Drafts.Refused refused) {
            return refused.status();
        }
        Service only = null;
        if (serviceId != null) {
            only = agreement.service(serviceId).orElseThrow(() -> new IllegalArgumentException("--service " + serviceId
                    + ": the draft has no such service; its services are " + String.join(", ",
                    Drafts.ids(agreement.services(), Service::id))));
        }
        List<ServiceFeasibility> found = new ArrayList<>();
        for (ServiceFeasibility f : ServiceFeasibility.of(agreement)) {
            if (only == null || f.service() == only) {
                found.add(f);
            }
        }
        AllowedDowntime downtime = AllowedDowntime.of(agreement.overview(), LocalDate.now());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(CompositeOutput.draftJson(draft, only, found, downtime));
        } else {
            CompositeOutput.draftText(out, draft, only, found, downtime);
        }
        boolean falling = found.stream().anyMatch(f -> f.gap() != null || !creditBearingShort(f).isEmpty());
        return falling ? Cli.FINDINGS : Cli.OK;
    }

    private static BigDecimal percent(String text) {
        BigDecimal p = Cli.number(text.strip().replaceFirst("\\s*%$", ""), "--target " + text, "99.99");
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("--target " + text + " is not between 0 and 100; write e.g. 99.99");
        }
        return p;
    }

    /** The credit-bearing levels the dependencies cannot carry. */
    static List<LevelFeasibility> creditBearingShort(ServiceFeasibility f) {
        return f.levels().stream().filter(l -> l.level().creditBearing() && !l.feasible()).toList();
    }
}
