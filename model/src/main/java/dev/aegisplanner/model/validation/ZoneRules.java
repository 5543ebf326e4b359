package dev.aegisplanner.model.validation;

import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Zones: unique ids, a pool that exists, and regions some location is in. */
final class ZoneRules {

    private ZoneRules() {
    }

    static void check(Topology topology, Findings findings) {
        IdRegistry ids = new IdRegistry("zone", "among zones", null, findings);
        Set<String> pools = topology.pools().stream().map(Pool::id).collect(Collectors.toSet());
        Set<String> regions = topology.locations().stream().map(Location::region).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Zone> zones = topology.zones();
        for (int i = 0; i < zones.size(); i++) {
            Zone zone = zones.get(i);
            String pointer = Places.of("zones", i);
            ids.register(zone.id(), "", () -> pointer);
            if (zone.hasPool() && !pools.contains(zone.pool())) {
                findings.error("unknown-reference", pointer + "/pool",
                        "Zone " + zone.id() + " uses pool " + zone.pool() + ", which does not exist");
            }
            for (int k = 0; k < zone.regions().size(); k++) {
                String region = zone.regions().get(k);
                if (!regions.contains(region)) {
                    findings.warning("unknown-region", pointer + "/regions/" + k, "Zone " + zone.id()
                            + " may egress from region " + region + ", but no location is in that region");
                }
            }
        }
    }
}
