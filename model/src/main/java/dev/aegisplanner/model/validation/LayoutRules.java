package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Layout entries: each names a location, data center, server or origin, with finite numbers and no negative
 * size. A layout entry for an element that no longer exists is only a warning: the layout never changes what
 * the engine computes, so a stale one must not block it.
 */
final class LayoutRules {

    private LayoutRules() {
    }

    static void check(Topology topology, LocationRules places, Findings findings) {
        Set<String> origins = topology.origins().stream().map(o -> o.id()).collect(Collectors.toSet());
        for (Map.Entry<String, LayoutBox> entry : topology.layout().entrySet()) {
            String id = entry.getKey();
            String pointer = Pointers.child("/layout", id);
            if (!places.locations.contains(id) && !places.dataCenters.contains(id) && !places.servers.contains(id)
                    && !origins.contains(id)) {
                findings.warning("unknown-reference", pointer, "The layout has a position for " + id
                        + ", but there is no location, data center, server or origin with that id");
            }
            LayoutBox box = entry.getValue();
            double[] values = {box.x(), box.y(), box.w(), box.h()};
            String[] names = {"x", "y", "w", "h"};
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    findings.error("not-finite", pointer + "/" + names[i], "The layout of " + id + " has "
                            + names[i] + " " + Findings.number(values[i]) + "; it must be a finite number");
                } else if (i >= 2 && values[i] < 0) {
                    findings.error("negative-size", pointer + "/" + names[i], "The layout of " + id + " has a negative "
                            + (i == 2 ? "width" : "height") + " (" + Findings.number(values[i]) + ")");
                }
            }
        }
    }
}
