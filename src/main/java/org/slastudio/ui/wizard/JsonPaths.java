package org.slastudio.ui.wizard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the parts of a finding's path such as {@code $.services[0].levels[1].targetPercent}. */
public final class JsonPaths {
    private JsonPaths() {
    }

    /** The index after {@code name}, e.g. 1 for "levels" in the path above. */
    public static Optional<Integer> index(String path, String name) {
        Matcher m = Pattern.compile("\\." + Pattern.quote(name) + "\\[(\\d+)]").matcher(path == null ? "" : path);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The last field name, e.g. "targetPercent". */
    public static String field(String path) {
        if (path == null) {
            return "";
        }
        String trimmed = path.replaceAll("\\[\\d+]$", "");
        int dot = trimmed.lastIndexOf('.');
        return dot < 0 ? trimmed : trimmed.substring(dot + 1);
    }

    public static boolean contains(String path, String name) {
        return path != null && Pattern.compile("\\." + Pattern.quote(name) + "(\\.|\\[|$)").matcher(path).find();
    }
}
