package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Display names and ids. Changing an id rewrites every reference to it, so nothing dangles afterwards. */
final class Naming {

    private Naming() {
    }

    static Topology rename(Topology t, ElementRef ref, String requested) {
        String stripped = requested == null ? "" : requested.strip();
        String name = stripped.isEmpty() || stripped.equals(ref.id()) ? null : stripped;
        return switch (ref.kind()) {
            case LOCATION -> TreeRewrite.location(t, ref.id(), l -> Objects.equals(l.name(), name) ? l : l.withName(name));
            case DATA_CENTER -> TreeRewrite.dataCenter(t, ref.id(), d -> Objects.equals(d.name(), name) ? d : d.withName(name));
            case SERVER -> TreeRewrite.server(t, ref.id(), s -> Objects.equals(s.name(), name) ? s : s.withName(name));
            case POOL -> {
                List<Pool> pools = replace(t.pools(), Pool::id, ref.id(), p -> Objects.equals(p.name(), name) ? p
                        : new Pool(p.id(), name, p.source(), p.addresses()));
                yield pools == t.pools() ? t : t.withPools(pools);
            }
            case ORIGIN -> {
                List<Origin> origins = replace(t.origins(), Origin::id, ref.id(), o -> Objects.equals(o.name(), name) ? o
                        : new Origin(o.id(), name, o.ipv4(), o.ipv6(), o.port(), o.lat(), o.lon()));
                yield origins == t.origins() ? t : t.withOrigins(origins);
            }
            case SCENARIO -> {
                List<Scenario> scenarios = replace(t.scenarios(), Scenario::id, ref.id(), s -> Objects.equals(s.name(), name) ? s
                        : new Scenario(s.id(), name, s.description(), s.zone(), s.origin(), s.ingressServer(), s.family(), s.expect()));
                yield scenarios == t.scenarios() ? t : t.withScenarios(scenarios);
            }
            case ZONE, LINK -> throw new IllegalArgumentException("A " + ref.kind().noun() + " has no name, only an id");
        };
    }

    static Topology changeId(Topology t, ElementRef ref, String requested) {
        String id = requested == null ? "" : requested.strip();
        if (id.isEmpty()) {
            throw new IllegalArgumentException("An id cannot be empty");
        }
        if (id.equals(ref.id())) {
            return t;
        }
        String old = ref.id();
        Topology changed = switch (ref.kind()) {
            case LOCATION -> {
                requireFree(FreshIds.in(t).isFree(id), id);
                Topology renamed = TreeRewrite.location(t, old, l -> l.withId(id));
                yield renamed == t ? t : withLayoutKey(renamed, old, id).withLinks(renamed.links().stream()
                        .map(l -> new Link(l.from().equals(old) ? id : l.from(), l.to().equals(old) ? id : l.to(), l.latencyMs()))
                        .toList());
            }
            case DATA_CENTER -> {
                requireFree(FreshIds.in(t).isFree(id), id);
                Topology renamed = TreeRewrite.dataCenter(t, old, d -> d.withId(id));
                yield renamed == t ? t : withLayoutKey(renamed, old, id);
            }
            case SERVER -> {
                requireFree(FreshIds.in(t).isFree(id), id);
                Topology renamed = TreeRewrite.server(t, old, s -> s.withId(id));
                yield renamed == t ? t : withLayoutKey(renamed, old, id).withScenarios(scenarios(renamed,
                        s -> s.ingressServer() != null && s.ingressServer().equals(old) ? scenario(s, s.zone(), s.origin(), id) : s));
            }
            case POOL -> {
                requireFree(t.pool(id).isEmpty(), id);
                yield t.pool(old).isEmpty() ? t : t
                        .withPools(replace(t.pools(), Pool::id, old, p -> new Pool(id, p.name(), p.source(), p.addresses())))
                        .withZones(t.zones().stream().map(z -> old.equals(z.pool()) ? new Zone(z.id(), id, z.regions()) : z).toList());
            }
            case ZONE -> {
                requireFree(t.zone(id).isEmpty(), id);
                yield t.zone(old).isEmpty() ? t : t
                        .withZones(replace(t.zones(), Zone::id, old, z -> new Zone(id, z.pool(), z.regions())))
                        .withScenarios(scenarios(t, s -> old.equals(s.zone()) ? scenario(s, id, s.origin(), s.ingressServer()) : s));
            }
            case ORIGIN -> {
                requireFree(t.origin(id).isEmpty(), id);
                yield t.origin(old).isEmpty() ? t : t
                        .withOrigins(replace(t.origins(), Origin::id, old, o -> new Origin(id, o.name(), o.ipv4(), o.ipv6(), o.port(), o.lat(), o.lon())))
                        .withScenarios(scenarios(t, s -> old.equals(s.origin()) ? scenario(s, s.zone(), id, s.ingressServer()) : s));
            }
            case SCENARIO -> {
                requireFree(t.scenario(id).isEmpty(), id);
                yield t.scenario(old).isEmpty() ? t : t.withScenarios(replace(t.scenarios(), Scenario::id, old, s ->
                        new Scenario(id, s.name(), s.description(), s.zone(), s.origin(), s.ingressServer(), s.family(), s.expect())));
            }
            case LINK -> throw new IllegalArgumentException("A link is named by the locations it joins; change those instead");
        };
        return UnknownFieldMoves.afterIdChange(t, changed, ref.kind(), old, id);
    }

    private static void requireFree(boolean free, String id) {
        if (!free) {
            throw new IllegalArgumentException("The id " + id + " is already used");
        }
    }

    private static Topology withLayoutKey(Topology t, String old, String id) {
        if (!t.layout().containsKey(old)) {
            return t;
        }
        return t.withLayout(t.layout().toBuilder().rename(old, id).build());
    }

    private static List<Scenario> scenarios(Topology t, UnaryOperator<Scenario> change) {
        return t.scenarios().stream().map(change).toList();
    }

    private static Scenario scenario(Scenario s, String zone, String origin, String ingressServer) {
        return new Scenario(s.id(), s.name(), s.description(), zone, origin, ingressServer, s.family(), s.expect());
    }

    /** The list with the element of the wanted id changed; the same list when the change changes nothing. */
    private static <T> List<T> replace(List<T> list, Function<T, String> id, String wanted, UnaryOperator<T> change) {
        List<T> changed = list.stream().map(e -> id.apply(e).equals(wanted) ? change.apply(e) : e).toList();
        for (int i = 0; i < list.size(); i++) {
            if (changed.get(i) != list.get(i)) {
                return changed;
            }
        }
        return list;
    }
}
