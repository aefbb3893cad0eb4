package org.slastudio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Defensive copies for the records: a missing list is an empty one, and nothing can change after construction. */
final class Lists {
    private Lists() {
    }

    /** Unlike List.copyOf this keeps null elements, so a hand-edited file with a gap can still be reviewed. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <E extends Enum<E>> Set<E> copyEnums(Set<E> set, Class<E> type) {
        if (set == null || set.isEmpty()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E e : set) {
            if (e != null) {
                copy.add(e);
            }
        }
        return Collections.unmodifiableSet(copy);
    }
}
