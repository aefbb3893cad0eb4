package org.slastudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Many drafts exported in one run ({@code export *.sla.json -d out/}), so that a script over 200 supplier agreements
 * starts Java once. Each draft is exported as on its own, in the order given; one that cannot be read or has errors is
 * named and the rest go on. The status is the worst of them.
 */
final class ExportBatch {

    interface One {
        int export(Path draft, Path output);
    }

    private ExportBatch() {
    }

    static int run(List<Path> drafts, Path directory, ExportCommand.Format format, PrintWriter err, One one) {
        Map<Path, Path> outputs = new LinkedHashMap<>();
        Map<Path, Path> byOutput = new LinkedHashMap<>();
        for (Path draft : drafts) {
            Path output = directory.resolve(name(draft) + extension(format));
            Path earlier = byOutput.putIfAbsent(output, draft);
            if (earlier != null && !earlier.equals(draft)) {
                err.printf("export: %s and %s would both be written to %s; export them to different directories%n",
                        earlier, draft, output);
                return Cli.UNREADABLE;
            }
            outputs.put(draft, output);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            err.printf("export: cannot make the directory %s (%s)%n", directory, e.getMessage());
            return Cli.UNREADABLE;
        }
        int worst = Cli.OK;
        List<Path> notWritten = new ArrayList<>();
        for (Map.Entry<Path, Path> entry : outputs.entrySet()) {
            int status = one.export(entry.getKey(), entry.getValue());
            worst = Math.max(worst, status);
            if (status != Cli.OK) {
                notWritten.add(entry.getKey());
            }
        }
        if (outputs.size() > 1) {
            err.printf("export: %d of %d drafts exported to %s%s%n", outputs.size() - notWritten.size(), outputs.size(),
                    directory, notWritten.isEmpty() ? "" : "; not exported: " + String.join(", ",
                            notWritten.stream().map(Path::toString).toList()));
        }
        return worst;
    }

    /** The draft's name without .sla.json (or .json): acme.sla.json is acme. */
    static String name(Path draft) {
        String file = draft.getFileName().toString();
        String lower = file.toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".sla.json", ".json")) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return file.substring(0, file.length() - suffix.length());
            }
        }
        return file;
    }

    private static String extension(ExportCommand.Format format) {
        return switch (format) {
            case docx -> ".docx";
            case openslo -> ".yaml";
            case pdf -> ".pdf";
        };
    }
}
