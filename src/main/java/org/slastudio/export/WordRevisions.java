package org.slastudio.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Two wordings of one paragraph as one, the difference marked word by word: the words the second takes out deleted,
 * those it adds inserted, the rest as the second has them (with its emphasis and its tags).
 */
final class WordRevisions {
    private WordRevisions() {
    }

    /** A word or a run of blanks, with the emphasis and term of the run it came from. */
    private record Token(String text, Words.Emphasis emphasis, String term) {
    }

    static Words between(Words before, Words after) {
        List<Token> a = tokens(before);
        List<Token> b = tokens(after);
        Words merged = new Words();
        TrackedChanges.align(a, b, Token::text, (x, y) -> false, (x, y) -> {
            if (x == null) {
                merged.add(new Words.Run(y.text(), y.emphasis(), y.term(), Words.Revision.INSERTED));
            } else if (y == null) {
                // Our tag for now; in the next round's terms below, or in none.
                merged.add(new Words.Run(x.text(), x.emphasis(), x.term(), Words.Revision.DELETED));
            } else {
                merged.add(new Words.Run(y.text(), y.emphasis(), y.term(), null));
            }
        });
        return joined(retagged(merged));
    }

    /**
     * Deleted words that stated a term of ours go in the content control of the next round's term beside them (the
     * one after, else the one before), so that a changed figure is one control holding its old and new text; deleted
     * words beside no term of the next round state none.
     */
    private static Words retagged(Words merged) {
        List<Words.Run> runs = merged.runs();
        Words retagged = new Words();
        for (int i = 0; i < runs.size(); i++) {
            Words.Run run = runs.get(i);
            if (run.revision() != Words.Revision.DELETED || run.term() == null) {
                retagged.add(run);
                continue;
            }
            String term = null;
            for (int k = i + 1; k < runs.size() && term == null; k++) {
                if (runs.get(k).revision() != Words.Revision.DELETED) {
                    term = runs.get(k).term();
                    break;
                }
            }
            for (int k = i - 1; k >= 0 && term == null; k--) {
                if (runs.get(k).revision() != Words.Revision.DELETED) {
                    term = runs.get(k).term();
                    break;
                }
            }
            retagged.add(new Words.Run(run.text(), run.emphasis(), term, run.revision()));
        }
        return retagged;
    }

    private static List<Token> tokens(Words words) {
        List<Token> tokens = new ArrayList<>();
        for (Words.Run run : words.runs()) {
            String text = run.text();
            int start = 0;
            for (int i = 1; i <= text.length(); i++) {
                if (i == text.length() || Character.isWhitespace(text.charAt(i)) != Character.isWhitespace(text.charAt(i - 1))) {
                    tokens.add(new Token(text.substring(start, i), run.emphasis(), run.term()));
                    start = i;
                }
            }
        }
        return tokens;
    }

    /** Neighbouring runs alike in every way made one, so the document holds runs of words rather than of single words. */
    private static Words joined(Words words) {
        Words joined = new Words();
        Words.Run pending = null;
        for (Words.Run run : words.runs()) {
            if (pending != null && pending.emphasis() == run.emphasis() && java.util.Objects.equals(pending.term(), run.term())
                    && pending.revision() == run.revision()) {
                pending = new Words.Run(pending.text() + run.text(), run.emphasis(), run.term(), run.revision());
            } else {
                if (pending != null) {
                    joined.add(pending);
                }
                pending = run;
            }
        }
        if (pending != null) {
            joined.add(pending);
        }
        return joined;
    }
}
