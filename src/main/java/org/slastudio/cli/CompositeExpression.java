package org.slastudio.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slastudio.model.Dependency;
import org.slastudio.model.ParallelGroup;
import org.slastudio.model.SeriesGroup;
import org.slastudio.model.UpstreamComponent;

/**
 * The figures of {@code composite} given on the command line: {@code series(99.99, parallel(99.95, 99.95))}, a
 * percentage standing for a component, nested to any depth; or the lists of {@code --series} and {@code --parallel}.
 * A mistake is named with the option and where in its text it is.
 */
final class CompositeExpression {
    private static final String EXAMPLE = "series(99.99, parallel(99.95, 99.95))";
    private static final int MAX_DEPTH = 64;

    private final String text;
    private final String option;
    private int at;

    private CompositeExpression(String text, String option) {
        this.text = text;
        this.option = option;
    }

    /** @throws IllegalArgumentException naming the option, the place and the fix */
    static Dependency parse(String text, String option) {
        CompositeExpression e = new CompositeExpression(text, option);
        e.blanks();
        if (e.at == text.length()) {
            throw new IllegalArgumentException(option + " is empty; write e.g. " + option + " \"" + EXAMPLE + "\"");
        }
        Dependency d = e.expression(0);
        e.blanks();
        if (e.at < text.length()) {
            throw e.wrong("expected the end after a complete expression, found '" + e.rest() + "'");
        }
        return d;
    }

    /** {@code --series 99.99,99.9}: components all in series; each {@code --parallel} list a redundant group among them. */
    static Dependency lists(List<String> series, List<String> parallels) {
        List<Dependency> parts = new ArrayList<>();
        for (String s : series) {
            for (String figure : s.split(",", -1)) {
                parts.add(component(figure, "--series " + s));
            }
        }
        for (String p : parallels) {
            List<Dependency> redundant = new ArrayList<>();
            for (String figure : p.split(",", -1)) {
                redundant.add(component(figure, "--parallel " + p));
            }
            parts.add(new ParallelGroup(null, redundant));
        }
        return parts.size() == 1 ? parts.get(0) : new SeriesGroup(null, parts);
    }

    private Dependency expression(int depth) {
        if (depth > MAX_DEPTH) {
            throw wrong("nests more than " + MAX_DEPTH + " groups deep");
        }
        blanks();
        int start = at;
        while (at < text.length() && Character.isLetter(text.charAt(at))) {
            at++;
        }
        String word = text.substring(start, at).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            while (at < text.length() && "0123456789.+-%eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                at = start;
                throw wrong("expected a percentage such as 99.95, series( or parallel(, found '" + rest() + "'");
            }
            return figure(text.substring(start, at), start);
        }
        if (!word.equals("series") && !word.equals("parallel")) {
            at = start;
            throw wrong("'" + text.substring(start, start + word.length()) + "' is neither series nor parallel");
        }
        blanks();
        expect('(', "'(' after " + word);
        List<Dependency> parts = new ArrayList<>();
        parts.add(expression(depth + 1));
        blanks();
        while (at < text.length() && text.charAt(at) == ',') {
            at++;
            parts.add(expression(depth + 1));
            blanks();
        }
        expect(')', "',' or ')' to close " + word + "(");
        return word.equals("series") ? new SeriesGroup(null, parts) : new ParallelGroup(null, parts);
    }

    private Dependency figure(String figure, int start) {
        try {
            return new UpstreamComponent(null, percent(figure), null);
        } catch (IllegalArgumentException e) {
            at = start;
            throw wrong(e.getMessage());
        }
    }

    /** A percentage standing for a component; {@code what} names it in a message, e.g. "--series 99.9,x". */
    private static UpstreamComponent component(String figure, String what) {
        try {
            return new UpstreamComponent(null, percent(figure), null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }

    private static BigDecimal percent(String figure) {
        String plain = figure.strip().replaceFirst("%$", "").strip();
        if (plain.isEmpty()) {
            throw new IllegalArgumentException("a figure is missing; write e.g. 99.95");
        }
        BigDecimal p = Cli.number(plain, "'" + figure.strip() + "'", "99.95");
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(p.toPlainString() + " is not an availability; write a percentage between 0"
                    + " and 100, e.g. 99.95");
        }
        return p;
    }

    private void expect(char c, String what) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw wrong("expected " + what + ", found " + (at >= text.length() ? "the end" : "'" + rest() + "'"));
        }
        at++;
    }

    private void blanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private String rest() {
        String rest = text.substring(at);
        return rest.length() <= 20 ? rest : rest.substring(0, 17) + "...";
    }

    private IllegalArgumentException wrong(String problem) {
        return new IllegalArgumentException(option + " \"" + text + "\": at character " + (at + 1) + ", " + problem
                + "; write e.g. " + option + " \"" + EXAMPLE + "\"");
    }
}
