package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One of the flat lists of a topology (pools, zones, origins, links, scenarios): how to read it, replace it
 * and name its entries, so list edits are written once for all of them.
 */
public record Catalog<T>(ElementKind kind, Function<Topology, List<T>> entries,
                         BiFunction<Topology, List<T>, Topology> withEntries, Function<T, String> idOf) {

    public static final Catalog<Pool> POOLS =
            new Catalog<>(ElementKind.POOL, Topology::pools, Topology::withPools, Pool::id);
    public static final Catalog<Zone> ZONES =
            new Catalog<>(ElementKind.ZONE, Topology::zones, Topology::withZones, Zone::id);
    public static final Catalog<Origin> ORIGINS =
            new Catalog<>(ElementKind.ORIGIN, Topology::origins, Topology::withOrigins, Origin::id);
    /** A link's id is {@code FROM~TO}, as in {@link ElementRef#link(Link)}. */
    public static final Catalog<Link> LINKS =
            new Catalog<>(ElementKind.LINK, Topology::links, Topology::withLinks, l -> ElementRef.link(l).id());
    public static final Catalog<Scenario> SCENARIOS =
            new Catalog<>(ElementKind.SCENARIO, Topology::scenarios, Topology::withScenarios, Scenario::id);

    public Optional<T> find(Topology topology, String id) {
        return entries.apply(topology).stream().filter(e -> idOf.apply(e).equals(id)).findFirst();
    }

    public boolean contains(Topology topology, String id) {
        return find(topology, id).isPresent();
    }

    public ElementRef refOf(T entry) {
        return new ElementRef(kind, idOf.apply(entry));
    }

    /** {@code prefix-1}, {@code prefix-2}, ...: the first id of that form not yet taken. */
    public String freshId(Topology topology, String prefix) {
        for (int n = 1; ; n++) {
            String candidate = prefix + "-" + n;
            if (!contains(topology, candidate)) {
                return candidate;
            }
        }
    }
}
