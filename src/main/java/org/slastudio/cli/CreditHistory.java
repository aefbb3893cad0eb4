package org.slastudio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.export.ServiceHistory;
import org.slastudio.model.Agreement;

/** {@code credit --from --to} (or {@code --term}): every period of a range worked out in order, for one service or all. */
final class CreditHistory {
    private final CreditCommand command;
    private final PrintWriter err;

    CreditHistory(CreditCommand command) {
        this.command = command;
        this.err = command.spec.commandLine().getErr();
    }

    int run() {
        if (command.periodText != null) {
            err.println("credit: give either --period for one period, or a range with --from and --to (or --term), not both");
            return Cli.UNREADABLE;
        }
        if (command.term && (command.fromText != null || command.toText != null)) {
            err.println("credit: give either --term or a range with --from and --to, not both");
            return Cli.UNREADABLE;
        }
        if (!command.term && (command.fromText == null || command.toText == null)) {
            err.println("credit: " + (command.fromText == null ? "--to needs --from" : "--from needs --to")
                    + ", the first and last periods of the range (e.g. --from 2026-01 --to 2026-12)");
            return Cli.UNREADABLE;
        }
        List<String> warnings = new ArrayList<>();
        ServiceHistory history;
        try {
            history = RangeHistory.of(new RangeHistory.Asked("credit", command.draft, command.fromText, command.toText,
                    command.term, command.asOf, command.outagesFile, command.recordsFormat, command.mapFile,
                    command.serviceId, command.force), err, warnings);
        } catch (Drafts.Refused refused) {
            return refused.status();
        }
        Agreement agreement = history.draft().agreement();
        PrintWriter out = command.spec.commandLine().getOut();
        switch (command.format) {
            case json -> out.println(HistoryOutput.json(agreement, history.periods(), history.entries(), history.asOf(), warnings));
            case csv -> out.print(HistoryOutput.csv(history.entries()));
            default -> HistoryOutput.table(out, agreement, history.periods(), history.entries(), history.asOf());
        }
        return Cli.OK;
    }
}
