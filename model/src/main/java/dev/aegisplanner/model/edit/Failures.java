package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Failure drills: the same topology with some locations, data centers or servers down, so coverage can show
 * what an outage changes. Each element is taken down with the status edit the property sheet uses; a down
 * location or data center takes everything inside it down with it, as the file format says.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * The topology with every location, data center and server that {@code ids} names set down. An id that
     * names elements of several kinds (a location and a data center both called {@code FRA}) takes all of them
     * down. Returns the same topology when everything named is already down.
     *
     * @throws IllegalArgumentException naming the first id, in the set's order, that is no location, data
     *     center or server of the topology; nothing is taken down then
     */
    public static Topology takeDown(Topology topology, Set<String> ids) {
        TopologyIndex lookup = topology.index();
        List<ElementRef> targets = new ArrayList<>();
        for (String id : ids) {
            List<ElementRef> named = elementsNamed(lookup, id);
            if (named.isEmpty()) {
                throw new IllegalArgumentException("no location, data center or server has id '" + id + "'");
            }
            targets.addAll(named);
        }
        Topology down = topology;
        for (ElementRef target : targets) {
            down = PropertyEdits.setStatus(down, target, Status.DOWN);
        }
        return down;
    }

    private static List<ElementRef> elementsNamed(TopologyIndex lookup, String id) {
        List<ElementRef> named = new ArrayList<>(1);
        lookup.location(id).ifPresent(l -> named.add(ElementRef.location(id)));
        lookup.dataCenter(id).ifPresent(d -> named.add(ElementRef.dataCenter(id)));
        lookup.server(id).ifPresent(s -> named.add(ElementRef.server(id)));
        return named;
    }
}
