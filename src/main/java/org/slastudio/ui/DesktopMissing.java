package org.slastudio.ui;

import java.util.Optional;

/**
 * What a machine lacks when JavaFX cannot open a window, in words a user can act on, instead of the toolkit's stack
 * trace: no display to draw on, or no GTK 3, which JavaFX needs on Linux.
 */
public final class DesktopMissing {
    static final String COMMAND_LINE = "The command line works without a window: java -jar sla-studio.jar --help";

    private DesktopMissing() {
    }

    /** The explanation for a failure to start the toolkit; empty for any other failure. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Unable to open DISPLAY")) {
                return Optional.of("SLA Studio cannot open its window: there is no display (the DISPLAY variable is not"
                        + " set). Start it from a desktop session, or over SSH with X forwarding (ssh -X).\n" + COMMAND_LINE);
            }
            if (message.contains("glass GTK library") || message.contains("libgtk")) {
                return Optional.of("SLA Studio cannot open its window: this machine lacks GTK 3, which JavaFX needs on"
                        + " Linux. Install it and start again:\n  Debian, Ubuntu: sudo apt-get install libgtk-3-0\n"
                        + "  Fedora, RHEL:   sudo dnf install gtk3\n" + COMMAND_LINE);
            }
        }
        return Optional.empty();
    }
}
