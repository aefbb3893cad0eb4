package org.slastudio.store;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** The chain of migrations up to the schema version this version of SLA Studio writes. */
final class Migrations {
    /** Version 1 is the first format; each change adds the Migration from the last version and raises this. */
    static final Migrations STANDARD = new Migrations(2, List.of(TiersAsDrafted.MIGRATION));

    private final int current;
    private final List<Migration> chain;

    Migrations(int current, List<Migration> chain) {
        this.current = current;
        this.chain = List.copyOf(chain);
    }

    int current() {
        return current;
    }

    /**
     * Brings a tree of an older version up to the current one, step by step.
     * Returns false when a step is missing, leaving the tree as far as it got.
     */
    boolean upgrade(ObjectNode root, int version) {
        for (int v = version; v < current; v++) {
            Migration step = step(v);
            if (step == null) {
                return false;
            }
            step.upgrade().accept(root);
        }
        return true;
    }

    int oldest() {
        int oldest = current;
        while (step(oldest - 1) != null) {
            oldest--;
        }
        return oldest;
    }

    private Migration step(int from) {
        return chain.stream().filter(m -> m.from() == from).findFirst().orElse(null);
    }
}
