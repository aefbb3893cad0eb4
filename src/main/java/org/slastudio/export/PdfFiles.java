package org.slastudio.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/** Writing a PDF to a file, shared by the command line and the app. */
public final class PdfFiles {
    /** What writes the PDF's bytes, e.g. {@code out -> AgreementPdf.write(draft, options, out)}. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private PdfFiles() {
    }

    /**
     * A half-written PDF must never replace a good one, so the PDF is written beside the target and moved into place.
     * The temporary file is created like any other (not with {@code createTempFile}, whose owner-only permissions
     * would leave a PDF colleagues cannot open).
     */
    public static <T> T writeAtomically(Path target, Content<T> content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        Path temporary = null;
        for (int attempt = 0; temporary == null; attempt++) {
            Path candidate = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(
                    ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
            try {
                Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                temporary = candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
        try {
            T result;
            try (OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                result = content.writeTo(stream);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
