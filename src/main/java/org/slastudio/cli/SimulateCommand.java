package org.slastudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slastudio.model.Agreement;
import org.slastudio.model.Money;
import org.slastudio.model.SimulationAssumptions;
import org.slastudio.simulation.AgreementOutlook;
import org.slastudio.simulation.LevelOutlook;
import org.slastudio.simulation.ServiceTradeOff;
import org.slastudio.simulation.Simulator;
import org.slastudio.simulation.TradeOffTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "simulate",
        description = "Simulate what each candidate level of each service costs the provider and the customer under "
                + "the draft's own windows and credit regime: chance of a breach, expected credits and their 95th "
                + "percentile, the customer's loss, the provider's cost and margin, and the level best for each side. "
                + "Assumptions not saved in the draft take the defaults described in docs/simulation.md.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:done",
                "1:the draft has errors that stop the simulation",
                "2:a file could not be read, or the command was used wrongly"})
final class SimulateCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DRAFT", description = "The draft (*.sla.json), or several: each is "
            + "simulated in turn in one run, under a heading (table), with a draft column (csv) or in a list (json).")
    List<Path> drafts;

    @Option(names = "--levels", split = ",", paramLabel = "PERCENT",
            description = "Candidate levels for every service, e.g. 99,99.5,99.9 (default: 99.0,99.5,99.9,99.95,99.99). "
                    + "The level each service has now is always included.")
    List<BigDecimal> levels = List.of();

    @Option(names = "--trials", paramLabel = "N", description = "Simulated service-months for each service and level, "
            + "run as whole years (default: 100000).")
    Integer trials;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same numbers.")
    Long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--wide", description = "Print the table with every column, amounts with cents, one line per level "
            + "(about 155 characters wide). Without it the table fits a terminal " + SimulateTable.WIDTH + " characters wide.")
    boolean wide;

    @Option(names = "--force", description = "Simulate even though the review finds errors in the draft.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (trials != null && (trials < 1 || trials > 10_000_000)) {
            err.printf("simulate: --trials must be from 1 to 10000000 (it is %d); e.g. --trials 100000%n", trials);
            return Cli.UNREADABLE;
        }
        for (BigDecimal level : levels) {
            if (level.signum() <= 0 || level.compareTo(BigDecimal.valueOf(100)) >= 0) {
                err.printf("simulate: a level in --levels must be above 0 and below 100 (%s is not); e.g. --levels 99,99.5,99.9%n",
                        level.toPlainString());
                return Cli.UNREADABLE;
            }
        }
        boolean several = drafts.size() > 1;
        int worst = Cli.OK;
        JsonMapper mapper = JsonMapper.builder().build();
        ArrayNode list = mapper.createArrayNode();
        boolean header = true;
        for (Path draft : drafts) {
            TradeOffTable table;
            try {
                table = simulate(draft, err);
            } catch (Drafts.Refused refused) {
                worst = Math.max(worst, refused.status());
                continue;
            }
            switch (format) {
                case json -> {
                    ObjectNode node = json(mapper, table);
                    if (several) {
                        list.addObject().put("draft", draft.toString()).setAll(node);
                    } else {
                        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
                    }
                }
                case csv -> {
                    csv(out, table, several ? draft.toString() : null, header);
                    header = false;
                }
                default -> {
                    if (several) {
                        out.printf("%n== %s ==%n", draft);
                    }
                    SimulateTable.print(out, table, wide);
                }
            }
        }
        if (several && format == Format.json) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(list));
        }
        return worst;
    }

    /** One draft's table, or refused with its reason told. */
    private TradeOffTable simulate(Path draft, PrintWriter err) throws Drafts.Refused {
        Agreement agreement = Drafts.loadForCalculation(draft, "simulate", err, force);
        SimulationAssumptions assumptions = agreement.simulationAssumptions() == null
                ? SimulationAssumptions.defaults() : agreement.simulationAssumptions();
        int n = trials != null ? trials : assumptions.trials() != null ? assumptions.trials() : Simulator.DEFAULT_TRIALS;
        long s = seed != null ? seed : assumptions.seed() != null ? assumptions.seed() : Simulator.DEFAULT_SEED;
        if (n < 1 || n > 10_000_000) {
            err.printf("simulate: %s: trials must be from 1 to 10000000 (the draft says %d); give e.g. --trials 100000%n",
                    draft, n);
            throw new Drafts.Refused(Cli.UNREADABLE);
        }
        try {
            return Simulator.of(agreement, assumptions, levels).run(n, s);
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + (drafts.size() > 1 ? draft + ": " : "") + e.getMessage());
            throw new Drafts.Refused(Cli.FINDINGS);
        }
    }

    private static final String[] COLUMNS = {"service", "levelPercent", "drafted", "allowedMinutesPerMonth",
            "breachProbabilityPerPeriod", "breachProbabilityPerYear", "expectedCreditPerMonth", "expectedCreditPerYear",
            "creditPerPeriod95", "creditPerYear95", "creditPerYearStandardError", "expectedCustomerLoss", "uncoveredLoss",
            "providerCost", "fee", "marginAtCurrentFee", "breakEvenFee", "customerTotalCost", "jointCost",
            "exactCreditPerYear", "lowestCustomerCost", "greatestJointSurplus"};

    /** The table's rows; with a draft named, each row begins with it, under a header with a draft column. */
    private static void csv(PrintWriter out, TradeOffTable t, String draft, boolean header) {
        String first = draft == null ? "" : quote(draft) + ",";
        if (header) {
            out.println((draft == null ? "" : "draft,") + String.join(",", COLUMNS));
        }
        for (ServiceTradeOff s : t.services()) {
            for (LevelOutlook l : s.levels()) {
                out.println(first + String.join(",", quote(s.serviceId()), l.levelPercent().toPlainString(),
                        String.valueOf(l.levelPercent().compareTo(s.draftedLevelPercent()) == 0),
                        l.allowedMinutesPerMonth().toPlainString(), l.breachProbabilityPerPeriod().toPlainString(),
                        l.breachProbabilityPerYear().toPlainString(), plain(l.expectedCreditPerMonth()),
                        plain(l.expectedCreditPerYear()), plain(l.creditPerPeriod95()), plain(l.creditPerYear95()),
                        plain(l.creditPerYearStandardError()), plain(l.expectedCustomerLoss()), plain(l.uncoveredLoss()),
                        plain(l.providerCost()), plain(l.fee()), plain(l.marginAtCurrentFee()), plain(l.breakEvenFee()),
                        plain(l.customerTotalCost()), plain(l.jointCost()), plain(l.exactCreditPerYear()),
                        String.valueOf(l.levelPercent().compareTo(s.lowestCustomerCostLevel()) == 0),
                        String.valueOf(l.levelPercent().compareTo(s.greatestJointSurplusLevel()) == 0)));
            }
        }
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String plain(Money m) {
        return m == null ? "" : m.amount().toPlainString();
    }

    private static ObjectNode json(JsonMapper mapper, TradeOffTable t) {
        ObjectNode root = mapper.createObjectNode();
        root.put("trials", t.trials());
        root.put("years", t.years());
        root.put("seed", t.seed());
        root.put("currency", t.currency().getCurrencyCode());
        ArrayNode services = root.putArray("services");
        for (ServiceTradeOff s : t.services()) {
            ObjectNode node = services.addObject();
            node.put("service", s.serviceId());
            node.put("name", s.serviceName());
            node.put("windowId", s.windowId());
            node.put("draftedLevelPercent", s.draftedLevelPercent());
            node.put("lowestCustomerCostLevel", s.lowestCustomerCostLevel());
            node.put("greatestJointSurplusLevel", s.greatestJointSurplusLevel());
            ArrayNode levels = node.putArray("levels");
            for (LevelOutlook l : s.levels()) {
                ObjectNode level = levels.addObject();
                level.put("levelPercent", l.levelPercent());
                level.put("allowedMinutesPerMonth", l.allowedMinutesPerMonth());
                level.put("breachProbabilityPerPeriod", l.breachProbabilityPerPeriod());
                level.put("breachProbabilityPerYear", l.breachProbabilityPerYear());
                put(level, "expectedCreditPerMonth", l.expectedCreditPerMonth());
                put(level, "expectedCreditPerYear", l.expectedCreditPerYear());
                put(level, "creditPerPeriod95", l.creditPerPeriod95());
                put(level, "creditPerYear95", l.creditPerYear95());
                put(level, "creditPerYearStandardError", l.creditPerYearStandardError());
                put(level, "expectedCustomerLoss", l.expectedCustomerLoss());
                put(level, "uncoveredLoss", l.uncoveredLoss());
                put(level, "providerCost", l.providerCost());
                put(level, "fee", l.fee());
                put(level, "marginAtCurrentFee", l.marginAtCurrentFee());
                put(level, "breakEvenFee", l.breakEvenFee());
                put(level, "customerTotalCost", l.customerTotalCost());
                put(level, "jointCost", l.jointCost());
                put(level, "largestCreditPerPeriod", l.largestCreditPerPeriod());
                put(level, "largestCreditPerYear", l.largestCreditPerYear());
                put(level, "exactCreditPerYear", l.exactCreditPerYear());
                ObjectNode histogram = level.putObject("histogram");
                put(histogram, "binWidth", l.histogram().binWidth());
                histogram.put("periodsWithoutCredit", l.histogram().periodsWithoutCredit());
                ArrayNode bins = histogram.putArray("periodsPerBin");
                l.histogram().periodsPerBin().forEach(bins::add);
            }
        }
        AgreementOutlook a = t.agreement();
        ObjectNode agreement = root.putObject("agreement");
        agreement.put("breachProbabilityPerPeriod", a.breachProbabilityPerPeriod());
        agreement.put("breachProbabilityPerYear", a.breachProbabilityPerYear());
        put(agreement, "expectedCreditPerMonth", a.expectedCreditPerMonth());
        put(agreement, "expectedCreditPerYear", a.expectedCreditPerYear());
        put(agreement, "creditPerYear95", a.creditPerYear95());
        put(agreement, "expectedCustomerLoss", a.expectedCustomerLoss());
        put(agreement, "uncoveredLoss", a.uncoveredLoss());
        put(agreement, "providerCost", a.providerCost());
        put(agreement, "fee", a.fee());
        put(agreement, "marginAtCurrentFee", a.marginAtCurrentFee());
        return root;
    }

    private static void put(ObjectNode node, String name, Money m) {
        if (m == null) {
            node.putNull(name);
        } else {
            node.put(name, m.amount());
        }
    }
}
