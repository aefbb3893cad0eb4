package org.slastudio.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The agreement as a list of blocks (headings, paragraphs, tables) rather than pages: what a Word document is written
 * from, and what a redline compares, block by block, between two rounds.
 */
final class Blocks implements Pages {

    sealed interface Block permits CoverBlock, ContentsBlock, PageBreak, Heading, Paragraph, Table, Signatures {
    }

    record CoverBlock(Cover cover) implements Block {
    }

    record ContentsBlock() implements Block {
    }

    record PageBreak() implements Block {
    }

    /**
     * A section (level 1) or clause (level 2) heading, with the number the PDF gives it; in a redline, the title
     * {@code revised} word by word, or the heading added or taken out whole ({@code revision}).
     */
    record Heading(int level, String number, String title, Words revised, Words.Revision revision) implements Block {
        Heading(int level, String number, String title) {
            this(level, number, title, null, null);
        }

        Words words() {
            return revised != null ? revised : Words.of(title);
        }
    }

    enum Kind { BODY, RAGGED, DEFINITION, CLAUSE, SUB_CLAUSE, NOTE }

    /** A paragraph; a clause or sub-clause carries the number the PDF gives it. */
    record Paragraph(Kind kind, String number, Words words, Words.Revision revision) implements Block {
        Paragraph(Kind kind, String number, Words words) {
            this(kind, number, words, null);
        }
    }

    record Row(List<Cell> cells, Words.Revision revision) {
    }

    record Table(String caption, Columns columns, List<Row> rows, Words.Revision revision) implements Block {
    }

    record Signatures(List<Cover.Signatory> signatories) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** The headings in order, as the contents lists them (a redline's deleted headings left out). */
    List<Heading> headings() {
        return headings(blocks);
    }

    static List<Heading> headings(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Heading h && h.revision() != Words.Revision.DELETED)
                .map(b -> (Heading) b).toList();
    }

    @Override
    public void cover(Cover cover) {
        blocks.add(new CoverBlock(cover));
    }

    @Override
    public void contents() {
        blocks.add(new ContentsBlock());
    }

    @Override
    public void newPage() {
        blocks.add(new PageBreak());
    }

    @Override
    public void keepSpace(float points) {
        // A Word document keeps headings and captions with what follows them through their styles.
    }

    @Override
    public void section(String number, String title, float room) {
        blocks.add(new Heading(1, number, title));
    }

    @Override
    public void clauseHeading(String number, String title) {
        blocks.add(new Heading(2, number, title));
    }

    @Override
    public void text(Words words) {
        blocks.add(new Paragraph(Kind.BODY, null, words));
    }

    @Override
    public void definition(Words words) {
        blocks.add(new Paragraph(Kind.DEFINITION, null, words));
    }

    @Override
    public void ragged(Words words) {
        blocks.add(new Paragraph(Kind.RAGGED, null, words));
    }

    @Override
    public void numbered(String number, Words words) {
        blocks.add(new Paragraph(Kind.CLAUSE, number, words));
    }

    @Override
    public void subNumbered(String number, Words words) {
        blocks.add(new Paragraph(Kind.SUB_CLAUSE, number, words));
    }

    @Override
    public void note(String text) {
        blocks.add(new Paragraph(Kind.NOTE, null, Words.of(text)));
    }

    @Override
    public Rows rows(String caption, Columns columns) {
        List<Row> rows = new ArrayList<>();
        blocks.add(new Table(caption, columns, rows, null));
        int width = columns.widths().length;
        return new Rows() {
            private List<Cell> row = new ArrayList<>();

            @Override
            public void add(Cell cell) {
                row.add(cell);
                if (row.size() == width) {
                    rows.add(new Row(List.copyOf(row), null));
                    row = new ArrayList<>();
                }
            }

            @Override
            public void end() {
                if (!row.isEmpty()) {
                    throw new IllegalStateException("a row of " + row.size() + " cells in a table of " + width + " columns");
                }
            }
        };
    }

    @Override
    public void signatures(List<Cover.Signatory> signatories) {
        blocks.add(new Signatures(List.copyOf(signatories)));
    }
}
