package org.slastudio.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slastudio.model.Dependency;
import org.slastudio.model.ParallelGroup;
import org.slastudio.model.SeriesGroup;
import org.slastudio.model.UpstreamComponent;
import tools.jackson.databind.JsonNode;

/**
 * A service's upstream dependencies in the draft file: {@code {"name", "percent", "source"}} for a component,
 * {@code {"name", "series": [...]}} and {@code {"name", "parallel": [...]}} for groups, nested. A tree whose shape
 * cannot be read (a node that is two kinds at once, a part that is not an object) is left out whole and kept in the
 * file as written, since no part of it could be composed without guessing; a bad figure leaves out only itself.
 */
final class DependenciesSection {
    static final String KINDS = "a component {\"name\": ..., \"percent\": 99.95, \"source\": ...}, a series group"
            + " {\"series\": [ ... ]} or a parallel group {\"parallel\": [ ... ]}";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DependenciesSection() {
    }

    static Dependency read(Fields o, String name) {
        JsonNode value = o.get(name);
        if (value == null) {
            return null;
        }
        List<String[]> wrong = new ArrayList<>();
        shape(value, o.at(name), wrong);
        if (!wrong.isEmpty()) {
            for (String[] w : wrong) {
                o.problem(w[0], w[1] + " The service's dependencies were left out; they stay in the file as written until"
                        + " you correct them.");
            }
            o.rejected.add(name);
            return null;
        }
        return o.object(name, DependenciesSection::node);
    }

    static void write(Out o, Dependency d) {
        o.text("name", d.name());
        if (d instanceof UpstreamComponent c) {
            o.decimal("percent", c.percent());
            o.text("source", c.source());
        } else if (d instanceof SeriesGroup g) {
            o.list("series", g.series(), null, DependenciesSection::write);
        } else if (d instanceof ParallelGroup g) {
            o.list("parallel", g.parallel(), null, DependenciesSection::write);
        }
    }

    private static Dependency node(Fields o) {
        if (present(o.node, "series")) {
            return new SeriesGroup(o.text("name"), o.list("series", false, DependenciesSection::node));
        }
        if (present(o.node, "parallel")) {
            return new ParallelGroup(o.text("name"), o.list("parallel", false, DependenciesSection::node));
        }
        return new UpstreamComponent(o.text("name"), percent(o), o.text("source"));
    }

    private static BigDecimal percent(Fields o) {
        BigDecimal p = o.decimal("percent", "99.95");
        if (p != null && (p.signum() < 0 || p.compareTo(HUNDRED) > 0)) {
            return o.reject("percent", p.toPlainString() + " is not an availability; write a percentage between 0 and 100,"
                    + " e.g. 99.95" + Fields.KEPT);
        }
        return p;
    }

    /** Adds {path, message} for each node that is not exactly one kind of dependency. */
    private static void shape(JsonNode node, String path, List<String[]> wrong) {
        if (!node.isObject()) {
            wrong.add(new String[] {path, "expected a dependency: " + KINDS + "; found " + Json.describe(node) + "."});
            return;
        }
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("percent", "series", "parallel")) {
            if (present(node, kind)) {
                kinds.add("\"" + kind + "\"");
            }
        }
        if (kinds.size() > 1) {
            String fix = kinds.contains("\"percent\"") ? " A group's availability follows from its parts: take out"
                    + " \"percent\", or make it a component and take out its parts."
                    : " Put the redundant parts in a \"parallel\" group inside the \"series\" group, or the other way round.";
            wrong.add(new String[] {path, "has both " + String.join(" and ", kinds) + "; a dependency is one of " + KINDS
                    + "." + fix});
            return;
        }
        for (String group : List.of("series", "parallel")) {
            if (!present(node, group)) {
                continue;
            }
            JsonNode parts = node.get(group);
            String at = DraftReader.child(path, group);
            if (!parts.isArray()) {
                wrong.add(new String[] {at, "expected a list [ ... ] of dependencies, found " + Json.describe(parts) + "."});
                continue;
            }
            for (int i = 0; i < parts.size(); i++) {
                if (!parts.get(i).isNull()) {
                    shape(parts.get(i), at + "[" + i + "]", wrong);
                }
            }
        }
    }

    private static boolean present(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }
}
