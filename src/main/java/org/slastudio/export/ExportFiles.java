package org.slastudio.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.slastudio.store.AtomicFiles;

/** Writing an exported document (a PDF or a Word document) to a file, shared by the command line and the app. */
public final class ExportFiles {
    /** What writes the document's bytes, e.g. {@code out -> AgreementPdf.write(draft, options, out)}. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private ExportFiles() {
    }

    /**
     * A half-written document must never replace a good one, so it is written beside the target and moved into place,
     * as drafts are saved: through a symbolic link to the file it points to, and never over a folder or a device.
     */
    public static <T> T writeAtomically(Path target, Content<T> content) throws IOException {
        return AtomicFiles.write(target, content::writeTo);
    }
}
