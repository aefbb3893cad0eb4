package org.slastudio.export;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the example agreement to a file, to look at: {@code java ... ExampleRender out.pdf [final]}. */
final class ExampleRender {
    public static void main(String[] args) throws Exception {
        ExportOptions options = args.length > 1 && args[1].equals("final") ? ExportOptions.finalCopy() : ExportOptions.draft();
        Files.write(Path.of(args[0]), ExportedPdf.export(ExportedPdf.example(), options));
    }
}
