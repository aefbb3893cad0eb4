package org.slastudio.word;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of the returned document whose wording outside the terms differs from the document we sent: added,
 * taken out, or changed. They map to no term; they are listed so that the user can decide on each.
 */
final class ParagraphChanges {
    private ParagraphChanges() {
    }

    /** Beyond this many paragraphs on each side of the changed stretch, they are compared in order instead. */
    private static final int ALIGNED_AT_MOST = 6000;

    enum Kind { CHANGED, ADDED, TAKEN_OUT }

    /** A paragraph changed (its text before and now), added (now only) or taken out (before only). */
    record Edit(Kind kind, String place, String before, String now, boolean tracked) {
    }

    static List<Edit> between(List<ReturnedDocument.Paragraph> sent, List<ReturnedDocument.Paragraph> returned) {
        List<ReturnedDocument.Paragraph> a = sent.stream().filter(ParagraphChanges::compared).toList();
        List<ReturnedDocument.Paragraph> b = returned.stream().filter(ParagraphChanges::compared).toList();
        int start = 0;
        while (start < a.size() && start < b.size() && same(a.get(start), b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && same(a.get(endA - 1), b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Edit> edits = new ArrayList<>();
        List<ReturnedDocument.Paragraph> x = a.subList(start, endA);
        List<ReturnedDocument.Paragraph> y = b.subList(start, endB);
        if (x.size() > ALIGNED_AT_MOST || y.size() > ALIGNED_AT_MOST) {
            gap(x, y, edits);
            return edits;
        }
        // The longest run of paragraphs that agree, and the gaps between them.
        int[][] common = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                common[i][j] = same(x.get(i), y.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int gapI = 0;
        int gapJ = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && same(x.get(i), y.get(j))) {
                gap(x.subList(gapI, i), y.subList(gapJ, j), edits);
                i++;
                j++;
                gapI = i;
                gapJ = j;
            } else if (j < y.size() && (i == x.size() || common[i][j + 1] >= common[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        gap(x.subList(gapI, x.size()), y.subList(gapJ, y.size()), edits);
        return edits;
    }

    /** Paragraphs between two that agree: paired in order as changed, the rest added or taken out. */
    private static void gap(List<ReturnedDocument.Paragraph> sent, List<ReturnedDocument.Paragraph> returned,
                            List<Edit> edits) {
        int paired = Math.min(sent.size(), returned.size());
        for (int k = 0; k < paired; k++) {
            ReturnedDocument.Paragraph now = returned.get(k);
            edits.add(new Edit(Kind.CHANGED, now.place(), sent.get(k).text(), now.text(),
                    !now.skeleton().equals(now.beforeSkeleton())));
        }
        for (ReturnedDocument.Paragraph added : returned.subList(paired, returned.size())) {
            edits.add(new Edit(Kind.ADDED, added.place(), null, added.text(), !added.skeleton().equals(added.beforeSkeleton())));
        }
        for (ReturnedDocument.Paragraph taken : sent.subList(paired, sent.size())) {
            edits.add(new Edit(Kind.TAKEN_OUT, taken.place(), taken.text(), null, false));
        }
    }

    private static boolean same(ReturnedDocument.Paragraph a, ReturnedDocument.Paragraph b) {
        return a.skeleton().equals(b.skeleton());
    }

    /** Paragraphs that hold nothing but marks of the copy (its date of issue, its status) are not the agreement's text. */
    private static boolean compared(ReturnedDocument.Paragraph p) {
        String outsideTerms = p.skeleton().replaceAll("\\{[^}]*}", "").strip();
        return !(outsideTerms.isEmpty() && p.terms().stream().allMatch(t -> t.tag().startsWith("#")));
    }
}
