package org.slastudio.model;

import java.util.List;

/** Redundant dependencies: the group is up while at least one of them is, e.g. servers in two zones. */
public record ParallelGroup(String name, List<Dependency> parallel) implements Dependency {

    public ParallelGroup {
        parallel = Lists.copy(parallel);
    }
}
