package org.slastudio.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

/** A key of the map file's {@code series}: the labels a Prometheus series must have to be one service's. */
final class SeriesSelector {
    private SeriesSelector() {
    }

    /**
     * {@code job="api"}, {@code {job="api",instance="a:9100"}} or {@code up{job="api"}} (the name is the label
     * {@code __name__}), as Prometheus writes series; only equality, as a map names series, not queries.
     */
    static Map<String, String> parse(String selector) {
        String s = selector.trim();
        Map<String, String> labels = new LinkedHashMap<>();
        int brace = s.indexOf('{');
        if (brace > 0 || brace < 0 && s.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
            labels.put("__name__", brace < 0 ? s : s.substring(0, brace).trim());
            s = brace < 0 ? "" : s.substring(brace);
        }
        if (s.startsWith("{")) {
            if (!s.endsWith("}")) {
                throw bad(selector);
            }
            s = s.substring(1, s.length() - 1);
        }
        int i = 0;
        while (i < s.length()) {
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                throw bad(selector);
            }
            String name = s.substring(i, eq).trim();
            int q = eq + 1;
            if (!name.matches("[a-zA-Z_][a-zA-Z0-9_]*") || q >= s.length() || s.charAt(q) != '"') {
                throw bad(selector);
            }
            StringBuilder value = new StringBuilder();
            int j = q + 1;
            for (; j < s.length() && s.charAt(j) != '"'; j++) {
                if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                    j++;
                }
                value.append(s.charAt(j));
            }
            if (j >= s.length()) {
                throw bad(selector);
            }
            labels.put(name, value.toString());
            i = j + 1;
            while (i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == ' ')) {
                i++;
            }
        }
        if (labels.isEmpty()) {
            throw bad(selector);
        }
        return labels;
    }

    private static IllegalArgumentException bad(String selector) {
        return new IllegalArgumentException("\"" + selector + "\" is not a series selector; write labels as Prometheus"
                + " shows them, e.g. job=\"api\" or up{job=\"api\",instance=\"10.0.0.5:9100\"}");
    }
}
