package org.slastudio.export;

import java.util.List;

/**
 * What an agreement is written on: the pages of a PDF or a Word document. The agreement's sections write to it in
 * contract order, in words of the SLA world; each kind of document sets them in its own way. Numbers are given as the
 * PDF prints them; a Word document numbers its headings and clauses with Word's own numbering instead.
 */
interface Pages {
    void cover(Cover cover);

    /** The contents: headings with their page numbers. */
    void contents();

    void newPage();

    /** Starts a new page unless this much room is left, so that a heading is never the last thing on a page. */
    void keepSpace(float points);

    /** A section heading kept on the page with {@code room} points of what follows it. */
    void section(String number, String title, float room);

    void clauseHeading(String number, String title);

    /** Body text under a clause heading. */
    void text(Words words);

    default void text(String text) {
        text(Words.of(text));
    }

    /** A defined term and its meaning. */
    void definition(Words words);

    /** Text with long unbreakable words (addresses, e-mail), which justification would stretch. */
    void ragged(Words words);

    /** A numbered clause without a heading. */
    void numbered(String number, Words words);

    /** A numbered sub-clause one level deeper, e.g. 5.2.1. */
    void subNumbered(String number, Words words);

    void note(String text);

    /** A table under a caption, filled row by row. */
    Rows rows(String caption, Columns columns);

    void signatures(List<Cover.Signatory> signatories);

    interface Rows {
        /** The next cell, row by row. */
        void add(Cell cell);

        void end();
    }
}
