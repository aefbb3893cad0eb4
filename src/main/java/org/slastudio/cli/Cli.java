package org.slastudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line over the same core as the app. Exit status: 0 all good, 1 a draft has errors (or, for diff,
 * the drafts differ), 2 input could not be read or the command was used wrongly.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int UNREADABLE = 2;

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SlaStudioCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(BigDecimal.class, Cli::decimal)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    // Anything we did not foresee still reaches the user as one line, never a stack trace.
                    cmd.getErr().println(cmd.getCommandName() + ": " + describe(e));
                    return UNREADABLE;
                });
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("Exit status:%n");
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim().replace("%", ""));
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a number; write e.g. 99.9");
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
