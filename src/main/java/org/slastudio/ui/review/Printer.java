package org.slastudio.ui.review;

import java.nio.file.Path;

/** Where "Print…" hands the agreement's PDF: the system's printing, or a test's stand-in. */
public interface Printer {
    /** What became of the PDF. */
    enum Handed {
        /** Sent to the printer. */
        PRINTED,
        /** Opened in the PDF viewer, which prints it; this machine offers no more direct way. */
        OPENED
    }

    /** Printing cannot be done on this machine; the message says why and what to do instead, in words for the user. */
    final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message);
        }
    }

    /**
     * Hands {@code pdf} to be printed; the file must stay where it is until the program is closed, as a viewer may
     * still be reading it.
     */
    Handed print(Path pdf) throws Unavailable;
}
