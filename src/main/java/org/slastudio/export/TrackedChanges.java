package org.slastudio.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The next round as blocks whose differences from ours are revisions: words, paragraphs, headings and table rows the
 * next round adds are insertions, those it takes out deletions. Accepting every revision gives the next round's text;
 * rejecting every one gives ours. Terms keep the next round's tags, so that the document reads back against it.
 */
final class TrackedChanges {
    private TrackedChanges() {
    }

    static List<Blocks.Block> between(List<Blocks.Block> ours, List<Blocks.Block> next) {
        List<Blocks.Block> merged = new ArrayList<>();
        align(ours, next, TrackedChanges::key, TrackedChanges::pairable, (a, b) -> {
            if (a == null) {
                merged.add(whole(b, Words.Revision.INSERTED));
            } else if (b == null) {
                merged.add(whole(a, Words.Revision.DELETED));
            } else {
                merged.addAll(revised(a, b));
            }
        });
        return merged;
    }

    // ---- aligning two sequences

    interface Pairing<T> {
        /** A pair that agrees or is paired; a null side is an insertion (a null) or a deletion (b null). */
        void accept(T a, T b);
    }

    /**
     * The longest run of entries with the same key, in order; between two such, entries that can be paired are
     * paired in order, the rest taken out or added.
     */
    static <T> void align(List<T> a, List<T> b, Function<T, String> key, BiPredicate<T, T> pairable, Pairing<T> out) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = key.apply(a.get(i)).equals(key.apply(b.get(j))) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<T> gapA = new ArrayList<>();
        List<T> gapB = new ArrayList<>();
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && key.apply(a.get(i)).equals(key.apply(b.get(j)))) {
                gap(gapA, gapB, pairable, out);
                out.accept(a.get(i++), b.get(j++));
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                gapB.add(b.get(j++));
            } else {
                gapA.add(a.get(i++));
            }
        }
        gap(gapA, gapB, pairable, out);
    }

    private static <T> void gap(List<T> a, List<T> b, BiPredicate<T, T> pairable, Pairing<T> out) {
        if (a.stream().noneMatch(x -> b.stream().anyMatch(y -> pairable.test(x, y)))) {
            // Nothing to pair: what is taken out reads before what replaces it.
            a.forEach(x -> out.accept(x, null));
            b.forEach(y -> out.accept(null, y));
            a.clear();
            b.clear();
            return;
        }
        int i = 0;
        for (T y : b) {
            int match = -1;
            for (int k = i; k < a.size(); k++) {
                if (pairable.test(a.get(k), y)) {
                    match = k;
                    break;
                }
            }
            if (match < 0) {
                out.accept(null, y);
                continue;
            }
            for (; i < match; i++) {
                out.accept(a.get(i), null);
            }
            out.accept(a.get(i++), y);
        }
        for (; i < a.size(); i++) {
            out.accept(a.get(i), null);
        }
        a.clear();
        b.clear();
    }

    private static String key(Blocks.Block block) {
        if (block instanceof Blocks.Heading h) {
            return "H" + h.level() + h.title();
        } else if (block instanceof Blocks.Paragraph p) {
            return "P" + p.kind() + p.words().text();
        } else if (block instanceof Blocks.Table t) {
            return "T" + caption(t.caption()) + t.columns().headings();
        }
        return block.getClass().getSimpleName();
    }

    /** "Services and monthly fees" for "Table 1: Services and monthly fees": tables are renumbered as others come and go. */
    private static String caption(String caption) {
        return caption.replaceFirst("^Table \\d+: ", "");
    }

    private static boolean pairable(Blocks.Block a, Blocks.Block b) {
        if (a instanceof Blocks.Heading x && b instanceof Blocks.Heading y) {
            return x.level() == y.level();
        } else if (a instanceof Blocks.Paragraph x && b instanceof Blocks.Paragraph y) {
            return x.kind() == y.kind();
        } else if (a instanceof Blocks.Table x && b instanceof Blocks.Table y) {
            return x.columns().headings().equals(y.columns().headings());
        }
        return a.getClass() == b.getClass();
    }

    // ---- blocks added or taken out whole, and blocks revised

    private static Blocks.Block whole(Blocks.Block block, Words.Revision revision) {
        if (block instanceof Blocks.Heading h) {
            return new Blocks.Heading(h.level(), h.number(), h.title(), null, revision);
        } else if (block instanceof Blocks.Paragraph p) {
            return new Blocks.Paragraph(p.kind(), p.number(), marked(p.words(), revision), revision);
        } else if (block instanceof Blocks.Table t) {
            List<Blocks.Row> rows = t.rows().stream().map(r -> row(r, revision)).toList();
            return new Blocks.Table(t.caption(), t.columns(), rows, revision);
        }
        return block; // the cover, the contents, a page break, the signatures: the next round's
    }

    private static Blocks.Row row(Blocks.Row row, Words.Revision revision) {
        return new Blocks.Row(row.cells().stream().map(c -> new Cell(marked(c.words(), revision), c.right())).toList(), revision);
    }

    /** Words all inserted or all deleted; deleted words state no term of the next round. */
    static Words marked(Words words, Words.Revision revision) {
        Words marked = new Words();
        for (Words.Run run : words.runs()) {
            marked.add(new Words.Run(run.text(), run.emphasis(), revision == Words.Revision.DELETED ? null : run.term(), revision));
        }
        return marked;
    }

    private static List<Blocks.Block> revised(Blocks.Block a, Blocks.Block b) {
        if (a instanceof Blocks.Heading x && b instanceof Blocks.Heading y) {
            return List.of(x.title().equals(y.title()) ? y
                    : new Blocks.Heading(y.level(), y.number(), y.title(), WordRevisions.between(Words.of(x.title()), Words.of(y.title())), null));
        } else if (a instanceof Blocks.Paragraph x && b instanceof Blocks.Paragraph y) {
            return List.of(new Blocks.Paragraph(y.kind(), y.number(), WordRevisions.between(x.words(), y.words()), null));
        } else if (a instanceof Blocks.Table x && b instanceof Blocks.Table y) {
            return List.of(table(x, y));
        } else if (a instanceof Blocks.CoverBlock x && b instanceof Blocks.CoverBlock y) {
            return List.of(new Blocks.CoverBlock(cover(x.cover(), y.cover())));
        } else if (a instanceof Blocks.Signatures x && b instanceof Blocks.Signatures y) {
            return List.of(new Blocks.Signatures(signatories(x.signatories(), y.signatories())));
        }
        return List.of(b);
    }

    private static Blocks.Table table(Blocks.Table a, Blocks.Table b) {
        List<Blocks.Row> rows = new ArrayList<>();
        align(a.rows(), b.rows(), TrackedChanges::rowKey, TrackedChanges::sameRow, (x, y) -> {
            if (x == null) {
                rows.add(row(y, Words.Revision.INSERTED));
            } else if (y == null) {
                rows.add(row(x, Words.Revision.DELETED));
            } else {
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < y.cells().size(); c++) {
                    Cell next = y.cells().get(c);
                    cells.add(new Cell(WordRevisions.between(x.cells().get(c).words(), next.words()), next.right()));
                }
                rows.add(new Blocks.Row(cells, null));
            }
        });
        return new Blocks.Table(b.caption(), b.columns(), rows, null);
    }

    /** The same row, changed: it names the same thing (its first cell), or at least half its cells are unchanged. */
    private static boolean sameRow(Blocks.Row x, Blocks.Row y) {
        if (firstCell(x).equals(firstCell(y))) {
            return true;
        }
        int same = 0;
        for (int c = 0; c < Math.min(x.cells().size(), y.cells().size()); c++) {
            same += x.cells().get(c).words().text().equals(y.cells().get(c).words().text()) ? 1 : 0;
        }
        return same * 2 >= y.cells().size();
    }

    private static String rowKey(Blocks.Row row) {
        StringBuilder key = new StringBuilder();
        row.cells().forEach(c -> key.append(c.words().text()).append('\u0001'));
        return key.toString();
    }

    private static String firstCell(Blocks.Row row) {
        return row.cells().isEmpty() ? "" : row.cells().get(0).words().text();
    }

    private static Cover cover(Cover a, Cover b) {
        List<Cover.CoverParty> parties = new ArrayList<>();
        for (int i = 0; i < b.parties().size(); i++) {
            Cover.CoverParty y = b.parties().get(i);
            Cover.CoverParty x = i < a.parties().size() ? a.parties().get(i) : null;
            parties.add(x == null ? new Cover.CoverParty(marked(y.name(), Words.Revision.INSERTED), y.role(),
                    marked(y.address(), Words.Revision.INSERTED))
                    : new Cover.CoverParty(WordRevisions.between(x.name(), y.name()), y.role(),
                    WordRevisions.between(x.address(), y.address())));
        }
        List<Cover.Fact> facts = new ArrayList<>();
        for (Cover.Fact y : b.facts()) {
            Cover.Fact x = a.facts().stream().filter(f -> f.label().equals(y.label())).findFirst().orElse(null);
            facts.add(x == null || y.label().startsWith("Date of") || y.label().equals("Fingerprint") ? y
                    : new Cover.Fact(y.label(), WordRevisions.between(x.value(), y.value())));
        }
        return new Cover(b.title(), b.kind(), parties, facts, b.status());
    }

    private static List<Cover.Signatory> signatories(List<Cover.Signatory> a, List<Cover.Signatory> b) {
        List<Cover.Signatory> merged = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            Cover.Signatory y = b.get(i);
            Cover.Signatory x = i < a.size() ? a.get(i) : null;
            merged.add(x == null ? y : new Cover.Signatory(WordRevisions.between(x.party(), y.party()),
                    WordRevisions.between(x.name(), y.name()), WordRevisions.between(x.title(), y.title())));
        }
        return merged;
    }
}
