package org.slastudio.export;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu fonts shipped in the jar (licence beside them), embedded as subsets so the PDF looks the same
 * everywhere and can set accents, the euro sign and non-Latin names. Loaded once: a BaseFont keeps no state
 * of the documents it is used in.
 */
final class Fonts {
    static final BaseFont SERIF = load("DejaVuSerif.ttf");
    static final BaseFont SERIF_BOLD = load("DejaVuSerif-Bold.ttf");
    static final BaseFont SERIF_ITALIC = load("DejaVuSerif-Italic.ttf");
    static final BaseFont SANS = load("DejaVuSansCondensed.ttf");
    static final BaseFont SANS_BOLD = load("DejaVuSansCondensed-Bold.ttf");

    private Fonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the SLA Studio jar");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }
}
