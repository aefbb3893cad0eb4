package org.slastudio.export;

/** A table cell: its words, and whether they are set right (figures) or left. */
record Cell(Words words, boolean right) {
    static Cell of(String text) {
        return new Cell(Words.of(text), false);
    }

    static Cell of(Words words) {
        return new Cell(words, false);
    }

    static Cell bold(String text) {
        return new Cell(Words.bold(text), false);
    }

    static Cell right(String text) {
        return new Cell(Words.of(text), true);
    }

    static Cell right(Words words) {
        return new Cell(words, true);
    }
}
