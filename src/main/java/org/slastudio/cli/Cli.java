package org.slastudio.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slastudio.model.Decimals;
import org.slastudio.store.DraftStore;
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
        if (args.length > 0 && COMMANDS.containsKey(args[0])) {
            Ahead.start("JSON", DraftStore::prepare);
        }
        CommandLine commandLine = commandLine(out, err, args.length > 0 ? args[0] : null);
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** The commands, ready to execute; tests replace the handler of unforeseen exceptions to catch them. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The commands, where {@code first} (the first argument) names one, only that one: picocli reads every command's
     * options when it is added, which cost a short command a good part of its time.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandLine commandLine = new CommandLine(new SlaStudioCommand());
        if (first != null && COMMANDS.containsKey(first)) {
            commandLine.addSubcommand(COMMANDS.get(first).get());
        } else {
            COMMANDS.values().forEach(command -> commandLine.addSubcommand(command.get()));
        }
        commandLine
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
        return commandLine;
    }

    /** Every command, by name, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("validate", ValidateCommand::new);
        COMMANDS.put("new", NewCommand::new);
        COMMANDS.put("templates", TemplatesCommand::new);
        COMMANDS.put("downtime", DowntimeCommand::new);
        COMMANDS.put("credit", CreditCommand::new);
        COMMANDS.put("deadline", DeadlineCommand::new);
        COMMANDS.put("simulate", SimulateCommand::new);
        COMMANDS.put("composite", CompositeCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("diff", DiffCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("memo", MemoCommand::new);
        COMMANDS.put("report", ReportCommand::new);
        COMMANDS.put("claim", ClaimCommand::new);
        COMMANDS.put("round", RoundCommand::new);
    }

    private static BigDecimal decimal(String text) {
        try {
            return number(text.trim().replace("%", ""), "'" + text + "'", "99.9");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /**
     * A number given on the command line or in a CSV cell, within what a term can hold ({@link Decimals}).
     *
     * @param what names the value in the message, e.g. {@code --target 99.9x}
     */
    static BigDecimal number(String text, String what, String example) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number; write e.g. " + example);
        }
        if (!Decimals.fits(value)) {
            throw new IllegalArgumentException(what + " is out of range; " + Decimals.limit(example));
        }
        return value;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
