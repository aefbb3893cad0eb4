package org.slastudio.export;

import java.util.List;

/** A table's columns: their relative widths and their headings. */
record Columns(float[] widths, List<String> headings) {
    static Columns of(float[] widths, String... headings) {
        if (widths.length != headings.length) {
            throw new IllegalArgumentException(widths.length + " widths for " + headings.length + " headings");
        }
        return new Columns(widths.clone(), List.of(headings));
    }
}
