package org.slastudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slastudio.export.WordDocument;
import org.slastudio.store.DraftStore;

/** export to .docx, diff --redline to .docx and import of a returned .docx, as a script would run them. */
class WordCommandsTest {
    private static final Path EXAMPLE = Path.of("templates/example-cloud-hosting.sla.json");
    private static final String TARGET = "<w:tag w:val=\"services[0].levels[0].targetPercent\"/>";

    @TempDir
    Path dir;

    @Test
    void exportWritesAWordDocumentWhereTheNameEndsInDocx() throws Exception {
        Path docx = dir.resolve("agreement.docx");

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", docx.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + docx + ": Word document, marked DRAFT, fingerprint "
                + WordDocument.fingerprint(DraftStore.load(EXAMPLE).draft()));
        assertThat(part(Files.readAllBytes(docx), "word/document.xml")).contains(TARGET);
    }

    @Test
    void theFormatOptionOutranksTheExtension() throws Exception {
        Path out = dir.resolve("agreement.bin");

        CommandRun run = CommandRun.of("export", EXAMPLE.toString(), "-o", out.toString(), "--format", "docx", "--final");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(part(Files.readAllBytes(out), "word/header1.xml")).doesNotContain("DRAFT");
    }

    @Test
    void importReadsTheChangedTargetAndWritesTheirDraft() throws Exception {
        Path returned = returnedWith("99.95%", "99.9%");
        Path theirs = dir.resolve("theirs.sla.json");

        CommandRun run = CommandRun.of("import", returned.toString(), "--base", EXAMPLE.toString(), "-o", theirs.toString());

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("1 term change, 0 edits outside the terms, 0 comments")
                .contains("clause 5.3 (Service levels): services[0].levels[0].targetPercent")
                .contains("\"99.95%\" -> \"99.9%\"  (edited without Track Changes)")
                .contains("Wrote their draft to " + theirs)
                .contains("target 99.95% -> 99.9%").contains("favours the provider");
        assertThat(DraftStore.load(theirs).draft().agreement().services().get(0).levels().get(0).targetPercent())
                .isEqualByComparingTo("99.9");
    }

    @Test
    void anEditThatMapsToNoTermIsListedAndExitsOne() throws Exception {
        Path returned = returnedWith("99.95%", "about 99.9");
        Path theirs = dir.resolve("theirs.sla.json");

        CommandRun run = CommandRun.of("import", returned.toString(), "--base", EXAMPLE.toString(), "-o", theirs.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("the term services[0].levels[0].targetPercent cannot be read: it is not a percentage")
                .contains("\"about 99.9\"").contains("No term changed; nothing written.");
        assertThat(theirs).doesNotExist();
    }

    @Test
    void aDocumentOfAnotherDraftIsRefusedWithStatusTwo() throws Exception {
        Path other = dir.resolve("other.sla.json");
        Files.writeString(other, Files.readString(EXAMPLE).replace("\"version\": \"1.0\"", "\"version\": \"1.1\""));
        Path docx = dir.resolve("other.docx");
        CommandRun.of("export", other.toString(), "-o", docx.toString());

        CommandRun run = CommandRun.of("import", docx.toString(), "--base", EXAMPLE.toString(), "-o",
                dir.resolve("theirs.sla.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("import: " + docx + " is refused: it was exported from another draft");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aFileThatIsNotAWordDocumentIsRefusedWithStatusTwo() throws Exception {
        Path notWord = dir.resolve("notes.docx");
        Files.writeString(notWord, "minutes of the call");

        CommandRun run = CommandRun.of("import", notWord.toString(), "--base", EXAMPLE.toString(), "-o",
                dir.resolve("theirs.sla.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("is refused: it is not a Word document (.docx)");
    }

    @Test
    void aMissingDocumentIsNamed() {
        CommandRun run = CommandRun.of("import", dir.resolve("missing.docx").toString(), "--base", EXAMPLE.toString(), "-o",
                dir.resolve("theirs.sla.json").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("import: cannot read " + dir.resolve("missing.docx"));
    }

    @Test
    void diffWritesTheNextRoundAsTrackedChangesWhereTheRedlineIsADocx() throws Exception {
        Path next = dir.resolve("next.sla.json");
        Files.writeString(next, Files.readString(EXAMPLE).replaceFirst("\"targetPercent\": 99.95", "\"targetPercent\": 99.9"));
        Path redline = dir.resolve("changes.docx");

        CommandRun run = CommandRun.of("diff", EXAMPLE.toString(), next.toString(), "--redline", redline.toString(),
                "--author", "Contoso Retail Ltd");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("Wrote the changes to " + redline);
        String body = part(Files.readAllBytes(redline), "word/document.xml");
        assertThat(body).contains("w:author=\"Contoso Retail Ltd\"").contains("<w:delText xml:space=\"preserve\">99.95%")
                .contains("<w:t xml:space=\"preserve\">99.9%");
    }

    /** Our export of the example, returned with the text of the first service's target typed over. */
    private Path returnedWith(String was, String now) throws Exception {
        Path docx = dir.resolve("ours.docx");
        assertThat(CommandRun.of("export", EXAMPLE.toString(), "-o", docx.toString()).status()).isZero();
        byte[] bytes = Files.readAllBytes(docx);
        String body = part(bytes, "word/document.xml");
        int at = body.indexOf(TARGET);
        int text = body.indexOf(">" + was + "<", at);
        String edited = body.substring(0, text + 1) + now + body.substring(text + 1 + was.length());
        Path returned = dir.resolve("returned.docx");
        Files.write(returned, replaced(bytes, "word/document.xml", edited));
        return returned;
    }

    static String part(byte[] docx, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static byte[] replaced(byte[] docx, String name, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(name) ? text.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
