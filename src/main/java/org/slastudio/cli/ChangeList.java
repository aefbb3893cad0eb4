package org.slastudio.cli;

import java.io.PrintWriter;
import java.util.List;
import org.slastudio.negotiation.Change;
import org.slastudio.negotiation.Favours;

/** Changes between two drafts as diff prints them: each with whom it favours and where it stands on our positions. */
final class ChangeList {
    private ChangeList() {
    }

    static void print(List<Change> changes, String ours, String theirs, PrintWriter out) {
        if (changes.isEmpty()) {
            out.printf("%s and %s agree on every term.%n", ours, theirs);
            return;
        }
        out.printf("%s -> %s: %d change%s%n", ours, theirs, changes.size(), changes.size() == 1 ? "" : "s");
        for (Change change : changes) {
            out.printf("  %-8s %s%n", change.kind().label(), change.description());
            String favours = change.favours() == Favours.NEUTRAL ? "neutral" : "favours the " + change.favours().label();
            out.printf("           %s%s%n", favours, change.standing() == null ? "" : "; our position: " + change.standing().describe());
        }
    }
}
