package org.slastudio.export;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.slastudio.model.Agreement;

/** Writes an options memo of the example at three levels, to look at: {@code java ... ExampleMemoRender out.pdf}. */
final class ExampleMemoRender {
    public static void main(String[] args) throws Exception {
        Agreement example = ExportedPdf.example().agreement();
        List<MemoOption> options = List.of(MemoOption.atLevel(example, new BigDecimal("99.5")),
                MemoOption.atLevel(example, new BigDecimal("99.9")), MemoOption.atLevel(example, new BigDecimal("99.95")));
        MemoDetails details = new MemoDetails(null, "Contoso Retail Ltd, IT procurement", "Jane Doe, Meridian Advisory",
                LocalDate.of(2026, 11, 27), "We recommend 99.9%: it keeps the expected credits low for the provider while "
                + "leaving Contoso with a modest uncovered loss, and its fee stays within the budget agreed in October.",
                100_000, 20_260_101L);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            OptionsMemoPdf.write(options, details, ExportOptions.draft(), out);
        }
    }
}
