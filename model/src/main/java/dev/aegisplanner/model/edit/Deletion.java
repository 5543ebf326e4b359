package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Layout;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes elements and what exists only for them: a frame's contents, layout entries, the links of a
 * removed location. References from elements that stand on their own are kept and reported by validation
 * instead: a scenario whose ingress server is deleted, a zone whose pool is deleted. The planner sees the
 * dangling reference as a problem and decides, rather than losing a scenario silently.
 *
 * <p>Like every structure edit, a deletion writes the effective layout of what remains, so deleting one
 * server from a file without layout does not make the rest of the picture reflow.
 */
final class Deletion {

    private Deletion() {
    }

    static Topology delete(Topology t, Collection<ElementRef> refs) {
        Map<ElementKind, Set<String>> byKind = idsByKind(refs);
        Set<String> locations = byKind.get(ElementKind.LOCATION);
        Set<String> dataCenters = byKind.get(ElementKind.DATA_CENTER);
        Set<String> servers = byKind.get(ElementKind.SERVER);
        Set<String> removed = new HashSet<>(refs.size() * 4 / 3 + 16);
        List<Location> keptLocations = new ArrayList<>(t.locations().size());
        for (Location l : t.locations()) {
            if (locations.contains(l.id())) {
                removed.add(l.id());
                l.dataCenters().forEach(d -> removeDataCenter(d, removed));
            } else {
                keptLocations.add(withoutRemoved(l, dataCenters, servers, removed));
            }
        }
        Set<String> links = byKind.get(ElementKind.LINK);
        List<Link> keptLinks = t.links().stream()
                .filter(l -> !links.contains(ElementRef.link(l).id()) && !removed.contains(l.from()) && !removed.contains(l.to()))
                .toList();
        Set<String> pools = byKind.get(ElementKind.POOL);
        Set<String> zones = byKind.get(ElementKind.ZONE);
        Set<String> origins = byKind.get(ElementKind.ORIGIN);
        Set<String> scenarios = byKind.get(ElementKind.SCENARIO);
        Topology result = new Topology(t.name(), t.description(), keptLocations, keptLinks,
                t.pools().stream().filter(p -> !pools.contains(p.id())).toList(),
                t.zones().stream().filter(z -> !zones.contains(z.id())).toList(),
                t.origins().stream().filter(o -> !origins.contains(o.id())).toList(),
                t.scenarios().stream().filter(s -> !scenarios.contains(s.id())).toList(),
                t.demand(),
                removed.isEmpty() ? t.layout() : withoutKeys(Layout.copyOf(EffectiveLayout.of(t)), removed),
                t.unknownFields());
        boolean unchanged = removed.isEmpty() && keptLinks.size() == t.links().size()
                && result.pools().size() == t.pools().size() && result.zones().size() == t.zones().size()
                && result.origins().size() == t.origins().size() && result.scenarios().size() == t.scenarios().size();
        return unchanged ? t : result;
    }

    private static Location withoutRemoved(Location l, Set<String> dataCenters, Set<String> servers, Set<String> removed) {
        List<DataCenter> kept = new ArrayList<>(l.dataCenters().size());
        boolean changed = false;
        for (DataCenter d : l.dataCenters()) {
            if (dataCenters.contains(d.id())) {
                removeDataCenter(d, removed);
                changed = true;
                continue;
            }
            List<Server> keptServers = servers.isEmpty() ? d.servers()
                    : d.servers().stream().filter(s -> !servers.contains(s.id())).toList();
            if (keptServers.size() != d.servers().size()) {
                d.servers().stream().filter(s -> servers.contains(s.id())).forEach(s -> removed.add(s.id()));
                kept.add(d.withServers(keptServers));
                changed = true;
            } else {
                kept.add(d);
            }
        }
        return changed ? l.withDataCenters(kept) : l;
    }

    private static void removeDataCenter(DataCenter d, Set<String> removed) {
        removed.add(d.id());
        d.servers().forEach(s -> removed.add(s.id()));
    }

    private static Layout withoutKeys(Layout layout, Set<String> removed) {
        if (removed.size() > layout.size() / 2) {
            // Most of the picture goes (Select All, Delete): what stays is written afresh, in its order.
            return layout.withoutAll(removed);
        }
        Layout.Builder kept = layout.toBuilder();
        removed.forEach(kept::remove);
        return kept.build();
    }

    /** The ids of the elements to delete, by kind, in one pass over what may be 100,000 references. */
    private static Map<ElementKind, Set<String>> idsByKind(Collection<ElementRef> refs) {
        Map<ElementKind, List<String>> listed = new EnumMap<>(ElementKind.class);
        for (ElementKind kind : ElementKind.values()) {
            listed.put(kind, new ArrayList<>());
        }
        for (ElementRef ref : refs) {
            listed.get(ref.kind()).add(ref.id());
        }
        // Sets sized once for what they hold: growing one to 100,000 ids rehashes it a dozen times.
        Map<ElementKind, Set<String>> ids = new EnumMap<>(ElementKind.class);
        listed.forEach((kind, list) -> ids.put(kind, setOf(list)));
        return ids;
    }

    private static Set<String> setOf(List<String> ids) {
        Set<String> set = new HashSet<>(ids.size() * 4 / 3 + 1);
        set.addAll(ids);
        return set;
    }
}
