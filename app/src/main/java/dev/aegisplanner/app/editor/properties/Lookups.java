package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyLookup;

/**
 * The lookup of the topology on screen, built once per topology value: every field of the property sheet
 * reads through it, and rebuilding it per field would cost a pass over every server each time.
 */
final class Lookups {

    private record Entry(Topology topology, TopologyLookup lookup) {
    }

    private static volatile Entry last;

    private Lookups() {
    }

    static TopologyLookup of(Topology topology) {
        Entry entry = last;
        if (entry == null || entry.topology() != topology) {
            entry = new Entry(topology, new TopologyLookup(topology));
            last = entry;
        }
        return entry.lookup();
    }
}
