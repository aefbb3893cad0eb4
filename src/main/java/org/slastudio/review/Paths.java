package org.slastudio.review;

/** JSON paths of the draft file, in the model's component names. */
final class Paths {
    private Paths() {
    }

    static String overview(String field) {
        return "$.overview." + field;
    }

    static String party(int i) {
        return "$.parties[" + i + "]";
    }

    static String service(int i) {
        return "$.services[" + i + "]";
    }

    static String level(int service, int level) {
        return service(service) + ".levels[" + level + "]";
    }

    static String window(int i) {
        return "$.windows[" + i + "]";
    }

    static String regime(String field) {
        return "$.creditRegime." + field;
    }

    static String tier(int i) {
        return "$.creditRegime.tiers[" + i + "]";
    }

    static String metric(int i) {
        return "$.metrics[" + i + "]";
    }

    static String priorityTarget(int metric, int target) {
        return metric(metric) + ".priorityTargets[" + target + "]";
    }

    static String clause(int i) {
        return "$.clauses[" + i + "]";
    }

    /** A service's entry in the simulation assumptions, where its dependencies are. */
    static String assumptions(int i) {
        return "$.simulationAssumptions.services[" + i + "]";
    }
}
