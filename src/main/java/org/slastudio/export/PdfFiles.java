package org.slastudio.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing a PDF to a file, shared by the command line and the app. */
public final class PdfFiles {
    /** What writes the PDF's bytes, e.g. {@code out -> AgreementPdf.write(draft, options, out)}. */
    @FunctionalInterface
    public interface Content {
        ExportResult writeTo(OutputStream out) throws IOException;
    }

    private PdfFiles() {
    }

    /** A half-written PDF must never replace a good one, so the PDF is written beside the target and moved into place. */
    public static ExportResult writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            ExportResult result;
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                result = content.writeTo(stream);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
