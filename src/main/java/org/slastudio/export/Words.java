package org.slastudio.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Words of the agreement as runs, each plain, bold or italic, each stating a term of the draft or not: what a
 * paragraph or a table cell says, before it is set on a PDF page or in a Word document. The term is the term's place
 * in the draft file ({@code services[0].levels[1].targetPercent}); the Word document tags the run with it.
 */
final class Words {
    enum Emphasis { PLAIN, BOLD, ITALIC }

    /** A change a redline shows: words the next round adds or takes out. */
    enum Revision { INSERTED, DELETED }

    record Run(String text, Emphasis emphasis, String term, Revision revision) {
        Run with(Revision r) {
            return new Run(text, emphasis, term, r);
        }
    }

    private final List<Run> runs = new ArrayList<>();

    static Words of(String text) {
        return new Words().plain(text);
    }

    static Words bold(String text) {
        return new Words().add(text, Emphasis.BOLD);
    }

    /** The text of a draft term, tagged with its place in the draft. */
    static Words ofTerm(String path, String text) {
        return new Words().term(path, text, Emphasis.PLAIN);
    }

    Words plain(String text) {
        return add(text, Emphasis.PLAIN);
    }

    Words strong(String text) {
        return add(text, Emphasis.BOLD);
    }

    Words italic(String text) {
        return add(text, Emphasis.ITALIC);
    }

    Words add(String text, Emphasis emphasis) {
        return add(new Run(text, emphasis, null, null));
    }

    Words term(String path, String text) {
        return term(path, text, Emphasis.PLAIN);
    }

    Words term(String path, String text, Emphasis emphasis) {
        return add(new Run(text, emphasis, path, null));
    }

    Words add(Run run) {
        if (run.text() != null && !run.text().isEmpty()) {
            runs.add(run);
        }
        return this;
    }

    Words add(Words more) {
        runs.addAll(more.runs);
        return this;
    }

    /** These words in another emphasis, tags kept: a service's name in bold in its table row. */
    Words in(Emphasis emphasis) {
        Words words = new Words();
        runs.forEach(r -> words.add(new Run(r.text(), emphasis, r.term(), r.revision())));
        return words;
    }

    List<Run> runs() {
        return Collections.unmodifiableList(runs);
    }

    String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(r -> text.append(r.text()));
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
