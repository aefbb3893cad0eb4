package org.slastudio.export;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a built-in template as PDF, to look at: {@code java ... ExampleRender out.pdf [final|draft] [template]}. */
final class ExampleRender {
    public static void main(String[] args) throws Exception {
        ExportOptions options = args.length > 1 && args[1].equals("final") ? ExportOptions.finalCopy() : ExportOptions.draft();
        org.slastudio.store.Draft draft = ExportedPdf.example();
        if (args.length > 2) {
            var catalogue = org.slastudio.store.TemplateCatalogue.builtIn();
            draft = catalogue.load(catalogue.find(args[2]).orElseThrow()).draft();
        }
        Files.write(Path.of(args[0]), ExportedPdf.export(draft, options));
    }
}
