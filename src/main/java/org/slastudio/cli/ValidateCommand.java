package org.slastudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slastudio.review.Finding;
import org.slastudio.review.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "validate",
        description = "Check drafts and print what is wrong with them: errors, warnings and notes, each with the "
                + "place in the file (a JSON path) and a suggested fix.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:no draft has errors (warnings are allowed)",
                "1:a draft has errors",
                "2:a file could not be read or is not a draft"})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Draft files (*.sla.json).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        List<DraftReport> reports = files.stream().map(DraftReport::of).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(asJson(reports));
        } else {
            reports.forEach(report -> printText(report, out));
        }
        return reports.stream().mapToInt(DraftReport::exitStatus).max().orElse(Cli.OK);
    }

    private static void printText(DraftReport report, PrintWriter out) {
        if (!report.readable()) {
            out.printf("%s: cannot be read%n", report.file());
        } else {
            out.printf("%s: %s, %s, %s%n", report.file(),
                    plural(report.count(Severity.ERROR), "error"),
                    plural(report.count(Severity.WARNING), "warning"),
                    plural(report.count(Severity.INFO), "note"));
        }
        for (Finding finding : report.findings()) {
            out.printf("  %-7s %s%n", finding.severity().name().toLowerCase(Locale.ROOT), finding.path());
            out.printf("          %s%n", finding.message());
            if (finding.suggestedFix() != null && !finding.suggestedFix().isBlank()) {
                out.printf("          Fix: %s%n", finding.suggestedFix());
            }
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String asJson(List<DraftReport> reports) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (DraftReport report : reports) {
            ObjectNode file = files.addObject();
            file.put("file", report.file().toString());
            file.put("readable", report.readable());
            file.put("errors", report.count(Severity.ERROR));
            file.put("warnings", report.count(Severity.WARNING));
            ArrayNode findings = file.putArray("findings");
            for (Finding finding : report.findings()) {
                ObjectNode node = findings.addObject();
                node.put("path", finding.path());
                node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
                node.put("message", finding.message());
                if (finding.suggestedFix() != null) {
                    node.put("suggestedFix", finding.suggestedFix());
                }
            }
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
