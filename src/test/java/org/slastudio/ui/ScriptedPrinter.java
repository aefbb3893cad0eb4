package org.slastudio.ui;

import org.slastudio.ui.review.Printer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A printer that keeps a copy of every PDF handed to it, and answers as a test says. */
public final class ScriptedPrinter implements Printer {
    /** The files handed over, by name, with a copy of each as it was then (it is a temporary file). */
    public final List<String> names = new ArrayList<>();
    public final List<Path> copies = new ArrayList<>();
    private final Path keep;
    public Handed answer = Handed.PRINTED;
    /** When set, printing is not possible and this is why. */
    public String unavailable;

    public ScriptedPrinter(Path keep) {
        this.keep = keep;
    }

    @Override
    public Handed print(Path pdf) throws Unavailable {
        if (unavailable != null) {
            throw new Unavailable(unavailable);
        }
        names.add(pdf.getFileName().toString());
        try {
            Files.createDirectories(keep);
            copies.add(Files.copy(pdf, keep.resolve(copies.size() + "-" + pdf.getFileName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer;
    }
}
