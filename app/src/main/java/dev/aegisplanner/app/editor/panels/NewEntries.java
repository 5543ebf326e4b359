package dev.aegisplanner.app.editor.panels;

import dev.aegisplanner.model.geo.GreatCircle;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Optional;

/**
 * The entries the side panels' add buttons create: fresh ids, and references filled with the first thing
 * that fits, so a new entry is as close to usable as the topology allows. What is still missing shows in
 * the Problems panel at once.
 */
public final class NewEntries {

    private NewEntries() {
    }

    public static Optional<Zone> zone(Topology t) {
        String pool = t.pools().stream().map(Pool::id).findFirst().orElse(null);
        return Optional.of(new Zone(Catalog.ZONES.freshId(t, "zone"), pool, List.of()));
    }

    public static Optional<Origin> origin(Topology t) {
        return Optional.of(Origin.of(Catalog.ORIGINS.freshId(t, "origin"), null, null));
    }

    /** A link between the first two locations not linked yet, its latency estimated from their distance. */
    public static Optional<Link> link(Topology t) {
        List<Location> locations = t.locations();
        for (int i = 0; i < locations.size(); i++) {
            for (int j = i + 1; j < locations.size(); j++) {
                Location a = locations.get(i);
                Location b = locations.get(j);
                if (t.links().stream().noneMatch(l -> l.connects(a.id(), b.id()))) {
                    return Optional.of(new Link(a.id(), b.id(), estimatedLatencyMs(a, b)));
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<Scenario> scenario(Topology t) {
        String zone = t.zones().stream().map(Zone::id).findFirst().orElse(null);
        String origin = t.origins().stream().map(Origin::id).findFirst().orElse(null);
        String server = t.servers().map(Server::id).findFirst().orElse(null);
        return Optional.of(new Scenario(Catalog.SCENARIOS.freshId(t, "scenario"), null, null, zone, origin, server,
                null, null));
    }

    static double estimatedLatencyMs(Location a, Location b) {
        return GreatCircle.suggestedLatencyMs(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
