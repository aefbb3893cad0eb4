package org.slastudio.cli;

/**
 * Work a command will need, begun on the machine's other core while the main thread does what comes first (reading
 * the command line, reading the draft). It is class initialisation, which runs once whichever thread gets there first:
 * the other waits for it, so nothing is done twice. What fails here fails again on the main thread, which reports it.
 */
final class Ahead {
    private Ahead() {
    }

    static void start(String what, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // Left for the main thread to meet, and say, when it needs the same thing.
            }
        }, "ahead: " + what);
        thread.setDaemon(true);
        thread.start();
    }
}
