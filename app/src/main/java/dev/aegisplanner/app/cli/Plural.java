package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.topology.Topology;
import java.util.Locale;

/** Counts in planner English: "1 error", "3 errors", "100,000 servers". */
final class Plural {

    private Plural() {
    }

    static String of(long count, String noun) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? noun : noun + "s");
    }

    /** "8 locations, 20 data centers, 80 servers": the size of a topology at a glance. */
    static String size(Topology topology) {
        return of(topology.locations().size(), "location") + ", "
                + of(topology.dataCenters().count(), "data center") + ", "
                + of(topology.servers().count(), "server");
    }
}
