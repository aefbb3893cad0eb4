package org.slastudio.negotiation;

import java.util.ArrayList;
import java.util.List;

/** A word-by-word difference of two texts: the longest common run of words is kept, the rest deleted or inserted. */
public final class WordDiff {

    public enum Op { KEEP, DELETE, INSERT }

    /** A run of words with one fate; words are separated by single spaces. */
    public record Edit(Op op, String text) {
    }

    private WordDiff() {
    }

    public static List<Edit> between(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(edits, Op.KEEP, a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                add(edits, Op.INSERT, b[j++]);
            } else {
                add(edits, Op.DELETE, a[i++]);
            }
        }
        return edits;
    }

    /** Unchanged words kept on each side of a change; longer unchanged stretches are cut to "...". */
    static final int CONTEXT = 5;

    /** "Credits are [-the sole-] {+a+} remedy.", long unchanged stretches shortened so the changes stand out. */
    public static String render(List<Edit> edits) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            Edit e = edits.get(i);
            parts.add(switch (e.op()) {
                case KEEP -> context(e.text(), i > 0, i < edits.size() - 1);
                case DELETE -> "[-" + e.text() + "-]";
                case INSERT -> "{+" + e.text() + "+}";
            });
        }
        return String.join(" ", parts);
    }

    private static String context(String text, boolean changeBefore, boolean changeAfter) {
        String[] w = text.split(" ");
        int keep = (changeBefore ? CONTEXT : 0) + (changeAfter ? CONTEXT : 0);
        if (w.length <= keep + 1 || (!changeBefore && !changeAfter)) {
            return text;
        }
        String head = changeBefore ? String.join(" ", java.util.Arrays.copyOfRange(w, 0, CONTEXT)) + " " : "";
        String tail = changeAfter ? " " + String.join(" ", java.util.Arrays.copyOfRange(w, w.length - CONTEXT, w.length)) : "";
        return head + "..." + tail;
    }

    private static String[] words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }

    /** Deletions before insertions within a run of changes, so a replaced phrase reads "[-old-] {+new+}". */
    private static void add(List<Edit> edits, Op op, String word) {
        Edit last = edits.isEmpty() ? null : edits.get(edits.size() - 1);
        if (last != null && last.op() == op) {
            edits.set(edits.size() - 1, new Edit(op, last.text() + " " + word));
        } else if (op == Op.DELETE && last != null && last.op() == Op.INSERT) {
            Edit beforeLast = edits.size() > 1 ? edits.get(edits.size() - 2) : null;
            if (beforeLast != null && beforeLast.op() == Op.DELETE) {
                edits.set(edits.size() - 2, new Edit(Op.DELETE, beforeLast.text() + " " + word));
            } else {
                edits.add(edits.size() - 1, new Edit(Op.DELETE, word));
            }
        } else {
            edits.add(new Edit(op, word));
        }
    }
}
