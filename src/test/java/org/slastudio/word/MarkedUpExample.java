package org.slastudio.word;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the example agreement as the other side would return it, marked up (see {@link WordRoundTripTest}): for the
 * README's walk through import, and to look at the marked-up document in LibreOffice.
 */
public final class MarkedUpExample {
    private MarkedUpExample() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "theirs.docx");
        Files.write(out, WordRoundTripTest.markedUp(WordRoundTripTest.ours()));
        System.out.println("Wrote " + out);
    }
}
