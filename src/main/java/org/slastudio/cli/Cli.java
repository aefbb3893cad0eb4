package org.slastudio.cli;

/** The command line (placeholder until the commands land). */
public final class Cli {
    private Cli() {
    }

    public static int run(String... args) {
        System.err.println("No commands yet");
        return 2;
    }
}
