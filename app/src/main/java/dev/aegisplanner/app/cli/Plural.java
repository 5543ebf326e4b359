package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.model.topology.Topology;

/** Counts in planner English: "1 error", "3 errors", "100,000 servers". */
final class Plural {

    private Plural() {
    }

    static String of(long count, String noun) {
        return Counts.of(count, noun);
    }

    /** "8 locations, 20 data centers, 80 servers": the size of a topology at a glance. */
    static String size(Topology topology) {
        return Counts.size(topology);
    }
}
