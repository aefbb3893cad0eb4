package org.slastudio.model;

/**
 * What a service depends on upstream, as the provider sees it: a component with its supplier's published
 * availability, or a group of dependencies that must all be up ({@link SeriesGroup}) or of which one is enough
 * ({@link ParallelGroup}), nested to any depth. The provider's own analysis: never part of what the parties sign.
 */
public sealed interface Dependency permits UpstreamComponent, SeriesGroup, ParallelGroup {

    /** E.g. "Load balancer", "Zone a"; may be null for a group. */
    String name();
}
