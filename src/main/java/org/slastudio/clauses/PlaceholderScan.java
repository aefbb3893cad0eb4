package org.slastudio.clauses;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds placeholders and stray braces in a text by hand, in time linear in its length. The regular expressions this
 * replaces, {@code \{\{\s*([^{}]*?)\s*}}} and {@code \{\{\S*|\S*}}}, backtracked: a clause of 100,000 characters
 * without a space took minutes. What they matched is kept exactly, blanks being the six of {@code \s}.
 */
final class PlaceholderScan {

    /** One {@code {{name}}} in a text, from {@code start} to {@code end}; the name without the blanks around it. */
    record Match(int start, int end, String name) {
    }

    private PlaceholderScan() {
    }

    /** {@code {{}, then anything but braces, then {@code }}}, left to right, as a regex search finds them. */
    static List<Match> placeholders(String text) {
        List<Match> found = new ArrayList<>();
        int open = text.indexOf("{{");
        while (open >= 0) {
            int close = open + 2;
            while (close < text.length() && text.charAt(close) != '{' && text.charAt(close) != '}') {
                close++;
            }
            if (text.startsWith("}}", close)) {
                found.add(new Match(open, close + 2, trimmed(text, open + 2, close)));
                open = text.indexOf("{{", close + 2);
            } else {
                // Only a third { right after this {{ can start another pair before the brace that ended this one.
                open = text.indexOf("{{", open + 1);
            }
        }
        return found;
    }

    /**
     * With the placeholders taken out, a {@code {{} up to the end of its word, or from where a word (or its rest)
     * begins up to the last {@code }}} in it: what does not pair up.
     */
    static List<String> strays(String text) {
        StringBuilder rest = new StringBuilder(text.length());
        int from = 0;
        for (Match m : placeholders(text)) {
            rest.append(text, from, m.start()).append(' ');
            from = m.end();
        }
        String t = rest.append(text, from, text.length()).toString();
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            if (blank(t.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < t.length() && !blank(t.charAt(wordEnd))) {
                wordEnd++;
            }
            int lastClose = wordEnd - 2;
            while (lastClose >= i && !t.startsWith("}}", lastClose)) {
                lastClose--;
            }
            while (i < wordEnd) {
                if (t.startsWith("{{", i)) {
                    found.add(t.substring(i, wordEnd));
                    i = wordEnd;
                } else if (lastClose >= i) {
                    found.add(t.substring(i, lastClose + 2));
                    i = lastClose + 2;
                } else {
                    // Nothing matches here nor before the next {{ of this word; no search past the word's end.
                    i++;
                    while (i < wordEnd && !t.startsWith("{{", i)) {
                        i++;
                    }
                }
            }
        }
        return found;
    }

    private static String trimmed(String text, int from, int to) {
        while (from < to && blank(text.charAt(from))) {
            from++;
        }
        while (to > from && blank(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** What {@code \s} means in a Java regex. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
