package org.slastudio.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slastudio.export.ExportOptions;
import org.slastudio.export.WordDocument;
import org.slastudio.model.Money;
import org.slastudio.store.Draft;
import org.slastudio.store.LoadProblem;
import org.slastudio.store.LoadResult;
import org.slastudio.store.TermEdits;

/**
 * Reads the Word document the other side returns, against the draft it was exported from: every tagged term whose text
 * changed (by a tracked change or a plain edit) becomes a change of that term in the draft, its text read back into a
 * number, an amount, a time or a date; every edit that cannot be mapped to a term (a new or changed paragraph, a term
 * taken out of its content control, a figure that cannot be read) is listed with its text and place, never dropped.
 */
public final class WordImport {
    private WordImport() {
    }

    /** A comment in the returned document, on a term (its place in the draft) or on a place in the text. */
    public record Comment(String author, String text, String path, String place) {
    }

    /** A term the other side changed: from our text to theirs, and the value it now has in the draft. */
    public record TermChange(String path, String place, String before, String after, boolean tracked, List<Comment> comments) {
    }

    /** An edit that is not a change of a term: what it is, where, and its text; the user decides what to do with it. */
    public record Unmapped(String place, String what, String text) {
    }

    /**
     * What the returned document says: the draft with their term changes (null where none could be applied), the term
     * changes, the edits that map to no term, and the comments not on a changed term.
     */
    public record Result(Draft theirs, List<TermChange> changes, List<Unmapped> unmapped, List<Comment> comments,
                         String fingerprint) {
    }

    /** Refused: the file is not a Word document, not one of ours, or exported from another draft. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    public static Result read(byte[] docx, Draft base) throws Refused {
        ReturnedDocument returned;
        try {
            returned = ReturnedDocument.read(docx);
        } catch (ReturnedDocument.NotOurs e) {
            throw new Refused(e.getMessage());
        }
        String ours = WordDocument.fingerprint(base);
        if (returned.fingerprint() == null) {
            throw new Refused("it was not exported by SLA Studio: it does not carry the fingerprint of a draft, so its "
                    + "terms cannot be matched to a draft's. Export the draft as a Word document and send that copy.");
        }
        if (!returned.fingerprint().equals(ours)) {
            throw new Refused("it was exported from another draft (fingerprint " + returned.fingerprint() + "), not from this one"
                    + " (fingerprint " + ours + "). Read it against the draft it was exported from.");
        }
        ReturnedDocument expected;
        try {
            expected = ReturnedDocument.read(exported(base));
        } catch (ReturnedDocument.NotOurs e) {
            throw new IllegalStateException("our own Word document cannot be read back: " + e.getMessage(), e);
        }
        if (returned.terms().isEmpty()) {
            throw new Refused("none of its terms is in a tagged content control, so it is not a document SLA Studio wrote, "
                    + "or the controls were all removed. Ask for the document with its content controls kept.");
        }
        return compare(base, expected, returned);
    }

    private static byte[] exported(Draft base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WordDocument.write(base, ExportOptions.draft(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Result compare(Draft base, ReturnedDocument expected, ReturnedDocument returned) {
        List<Unmapped> unmapped = new ArrayList<>();
        Map<String, Stated> ours = stated(expected);
        Map<String, Stated> theirs = stated(returned);
        List<Comment> comments = returned.comments().stream()
                .map(c -> new Comment(c.author(), c.text(), c.tag() == null ? null : path(c.tag()), c.place())).toList();

        Map<String, Object> values = new LinkedHashMap<>();
        List<TermChange> changes = new ArrayList<>();
        for (Map.Entry<String, Stated> entry : theirs.entrySet()) {
            String path = entry.getKey();
            Stated their = entry.getValue();
            Stated our = ours.get(path);
            if (our == null) {
                unmapped.add(new Unmapped(their.place, "a content control tagged " + path + ", which the document we sent"
                        + " does not have", their.texts.get(0)));
                continue;
            }
            List<String> changed = their.texts.stream().filter(t -> !t.equals(our.texts.get(0))).distinct().toList();
            if (changed.isEmpty()) {
                continue;
            }
            if (changed.size() > 1) {
                unmapped.add(new Unmapped(their.place, "the term " + path + " is changed to different things in different"
                        + " places", String.join(" / ", changed)));
                continue;
            }
            String after = changed.get(0);
            TermReading.Reading reading = TermReading.read(path, after);
            if (!reading.read()) {
                unmapped.add(new Unmapped(their.place, "the term " + path + " cannot be read: " + reading.problem(), after));
                continue;
            }
            TermReading.Reading was = TermReading.read(path, our.texts.get(0));
            if (was.read() && same(was.value(), reading.value())) {
                continue; // "99.90%" for "99.9%": the same term, written otherwise
            }
            values.put(path, value(reading.value()));
            changes.add(new TermChange(path, their.place, our.texts.get(0), after, their.tracked,
                    comments.stream().filter(c -> path.equals(c.path())).toList()));
        }
        List<ParagraphChanges.Edit> paragraphs = new ArrayList<>(ParagraphChanges.between(expected.paragraphs(),
                returned.paragraphs()));
        for (Map.Entry<String, Stated> entry : ours.entrySet()) {
            if (theirs.containsKey(entry.getKey())) {
                continue;
            }
            String was = entry.getValue().texts.get(0);
            // The paragraph it was in, changed: one entry says both what the term read and what the paragraph says now.
            ParagraphChanges.Edit where = paragraphs.stream().filter(e -> e.kind() == ParagraphChanges.Kind.CHANGED
                    && e.place().equals(entry.getValue().place) && e.before().contains(was)).findFirst().orElse(null);
            if (where != null) {
                paragraphs.remove(where);
            }
            unmapped.add(new Unmapped(entry.getValue().place, "the term " + entry.getKey() + " is no longer in its content"
                    + " control (the control was removed, or the term deleted); it read \"" + was + "\""
                    + (where == null ? "" : " and the paragraph now reads"), where == null ? was : where.now()));
        }
        for (ParagraphChanges.Edit e : paragraphs) {
            String tracked = e.tracked() ? " (a tracked change)" : "";
            unmapped.add(switch (e.kind()) {
                case CHANGED -> new Unmapped(e.place(), "wording changed outside the terms" + tracked + "; it read \""
                        + e.before() + "\" and now reads", e.now());
                case ADDED -> new Unmapped(e.place(), "a new paragraph" + tracked, e.now());
                case TAKEN_OUT -> new Unmapped(e.place(), "a paragraph taken out; it read", e.before());
            });
        }
        List<Comment> elsewhere = comments.stream()
                .filter(c -> changes.stream().noneMatch(change -> change.path().equals(c.path()))).toList();

        Draft draft = null;
        if (!values.isEmpty()) {
            LoadResult applied = TermEdits.apply(base, values);
            if (applied.draft() == null) {
                for (LoadProblem problem : applied.problems()) {
                    unmapped.add(new Unmapped(problem.path(), "the changed terms do not make a draft SLA Studio can read",
                            problem.message()));
                }
            }
            draft = applied.draft();
        }
        return new Result(draft, List.copyOf(changes), List.copyOf(unmapped), elsewhere, WordDocument.fingerprint(base));
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof TermReading.Amount x && b instanceof TermReading.Amount y) {
            return x.amount().compareTo(y.amount()) == 0 && Objects.equals(x.currency(), y.currency());
        }
        return Objects.equals(a, b);
    }

    private static Object value(Object reading) {
        if (reading instanceof TermReading.Amount amount) {
            return new Money(amount.amount(), amount.currency() == null ? null : Currency.getInstance(amount.currency()));
        }
        return reading;
    }

    /** A term's texts wherever the document states it; a text set as several paragraphs joined into one. */
    private static final class Stated {
        final List<String> texts = new ArrayList<>();
        final Map<Integer, String> parts = new LinkedHashMap<>();
        String place;
        boolean tracked;
    }

    private static Map<String, Stated> stated(ReturnedDocument document) {
        Map<String, Stated> stated = new LinkedHashMap<>();
        for (ReturnedDocument.Term term : document.terms()) {
            if (term.tag().startsWith("#")) {
                continue; // not a term of the draft: the date of issue, say
            }
            Stated s = stated.computeIfAbsent(path(term.tag()), p -> new Stated());
            if (s.place == null) {
                s.place = term.place();
            }
            s.tracked |= term.tracked();
            int hash = term.tag().lastIndexOf('#');
            if (hash > 0) {
                s.parts.merge(Integer.parseInt(term.tag().substring(hash + 1)), term.text(), (x, y) -> x + "\n\n" + y);
            } else {
                s.texts.add(term.text());
            }
        }
        for (Stated s : stated.values()) {
            if (!s.parts.isEmpty()) {
                s.texts.add(String.join("\n\n", s.parts.values()));
            }
        }
        return stated;
    }

    /** The place in the draft a tag names: {@code clauses[3].text} for {@code clauses[3].text#2}. */
    static String path(String tag) {
        return tag.replaceFirst("#\\d+$", "");
    }

}
