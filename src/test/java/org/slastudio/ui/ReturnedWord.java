package org.slastudio.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Our Word document as the other side might return it after typing over a term: the text inside the content control
 * tagged with the term's place is replaced in word/document.xml, everything else left as we sent it.
 */
final class ReturnedWord {
    private ReturnedWord() {
    }

    /** Rewrites {@code docx} in place, {@code old} replaced by {@code now} inside the control tagged {@code tag}. */
    static void typeOver(Path docx, String tag, String old, String now) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)));
             ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    bytes = typeOver(new String(bytes, StandardCharsets.UTF_8), tag, old, now).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        Files.write(docx, out.toByteArray());
    }

    static String typeOver(String xml, String tag, String old, String now) {
        int control = xml.indexOf("<w:tag w:val=\"" + tag + "\"/>");
        if (control < 0) {
            throw new IllegalArgumentException("no content control tagged " + tag);
        }
        int from = xml.indexOf("<w:sdtContent>", control);
        int to = xml.indexOf("</w:sdtContent>", from);
        String content = xml.substring(from, to);
        if (!content.contains(">" + old + "<")) {
            throw new IllegalArgumentException(tag + " does not say " + old + ": " + content);
        }
        return xml.substring(0, from) + content.replace(">" + old + "<", ">" + now + "<") + xml.substring(to);
    }
}
