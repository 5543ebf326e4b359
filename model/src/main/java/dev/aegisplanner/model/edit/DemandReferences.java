package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Demand entries name a zone, an origin and a location or data center by id: when one of those ids changes, the
 * entries follow it, so renaming never strands demand. (Deleting leaves them for validation to report, as it
 * leaves scenarios: the planner decides.)
 */
final class DemandReferences {

    private DemandReferences() {
    }

    /** The topology with every demand entry that named {@code old} of this kind naming {@code id}. */
    static Topology afterIdChange(Topology t, ElementKind kind, String old, String id) {
        List<Demand> next = new ArrayList<>(t.demand().size());
        boolean changed = false;
        for (Demand d : t.demand()) {
            Demand renamed = switch (kind) {
                case ZONE -> old.equals(d.zone()) ? new Demand(id, d.origin(), d.location(), d.dataCenter(),
                        d.connections(), d.family()) : d;
                case ORIGIN -> old.equals(d.origin()) ? new Demand(d.zone(), id, d.location(), d.dataCenter(),
                        d.connections(), d.family()) : d;
                case LOCATION -> old.equals(d.location()) ? new Demand(d.zone(), d.origin(), id, d.dataCenter(),
                        d.connections(), d.family()) : d;
                case DATA_CENTER -> old.equals(d.dataCenter()) ? new Demand(d.zone(), d.origin(), d.location(), id,
                        d.connections(), d.family()) : d;
                default -> d;
            };
            changed |= renamed != d;
            next.add(renamed);
        }
        return changed ? t.withDemand(next) : t;
    }
}
