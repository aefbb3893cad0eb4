package org.slastudio.model;

import java.util.List;

/** Dependencies that must all be up for the service to be up, e.g. a load balancer in front of the servers. */
public record SeriesGroup(String name, List<Dependency> series) implements Dependency {

    public SeriesGroup {
        series = Lists.copy(series);
    }
}
