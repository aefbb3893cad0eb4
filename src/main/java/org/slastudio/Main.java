package org.slastudio;

import org.slastudio.cli.Cli;
import org.slastudio.ui.DesktopApp;
import org.slastudio.ui.DesktopMissing;

/**
 * Entry point of the jar. With no arguments it opens the desktop app; with a command it runs the command line,
 * which never touches JavaFX, so it works without a display. This class must not extend
 * {@code javafx.application.Application}: the JavaFX jars are on the class path, not the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || isDraftFile(args)) {
            try {
                DesktopApp.launchApp(args);
            } catch (RuntimeException | LinkageError e) {
                if (DesktopMissing.explain(e).isEmpty()) {
                    throw e;
                }
                System.err.println(DesktopMissing.explain(e).get());
                System.exit(1);
            }
        } else {
            System.exit(Cli.run(args));
        }
    }

    /** A desktop opening a draft by double-click passes just the file. */
    private static boolean isDraftFile(String[] args) {
        return args.length == 1 && args[0].endsWith(".sla.json");
    }
}
