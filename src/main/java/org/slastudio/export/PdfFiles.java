package org.slastudio.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.slastudio.store.AtomicFiles;

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
     * A half-written PDF must never replace a good one, so the PDF is written beside the target and moved into place,
     * as drafts are saved: through a symbolic link to the file it points to, and never over a folder or a device.
     */
    public static <T> T writeAtomically(Path target, Content<T> content) throws IOException {
        return AtomicFiles.write(target, content::writeTo);
    }
}
