package org.slastudio.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Paths of the fields and list entries in a tree of records, for tests that set each one to null in turn. */
public final class FieldPaths {
    private FieldPaths() {
    }

    /**
     * Every field that can hold null and every list entry under {@code value}, e.g. {@code root + ".services[1].levels[0]"};
     * primitive fields and fields named in {@code skipped} (with everything under them) are left out.
     */
    public static List<String> nullable(Object value, String root, Set<String> skipped) {
        List<String> paths = new ArrayList<>();
        collect(value, root, skipped, paths);
        return paths;
    }

    private static void collect(Object value, String path, Set<String> skipped, List<String> paths) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                paths.add(path + "[" + i + "]");
                collect(list.get(i), path + "[" + i + "]", skipped, paths);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (!c.getType().isPrimitive() && !skipped.contains(c.getName())) {
                    paths.add(path + "." + c.getName());
                    collect(read(record, c), path + "." + c.getName(), skipped, paths);
                }
            }
        }
    }

    public static Object read(Object record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
