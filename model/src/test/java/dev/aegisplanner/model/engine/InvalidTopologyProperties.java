package dev.aegisplanner.model.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.model.engine.RandomWorlds.World;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Topologies with every kind of validation error the spec lists (duplicate ids, dangling references, bad
 * addresses, impossible coordinates and latencies) never make the engine throw anything but a
 * {@link RequestException}, and every answer it gives is complete.
 */
class InvalidTopologyProperties {

    private static final List<String> BAD_ADDRESSES = List.of(
            "", "banana", "300.1.1.1", "10.0.0.01", "::ffff:10.0.0.1", "2001:db8::/129", "2001:db8:a::1", "10.0.0.1/24");
    private static final double[] BAD_NUMBERS = {Double.NaN, Double.POSITIVE_INFINITY, -1, 1e308, -999};

    @Provide
    Arbitrary<World> worlds() {
        return RandomWorlds.worlds();
    }

    @Property(tries = 500)
    void theEngineAnswersOrRejectsTheRequestButNeverBreaks(@ForAll("worlds") World world, @ForAll long seed) {
        Topology broken = corrupt(world.topology(), new Random(seed));
        ForwardingEngine engine = new ForwardingEngine(broken);
        List<Request> requests = new ArrayList<>(world.requests());
        requests.add(new Request("nowhere.example.com", "dual", "x", null));
        requests.add(new Request("acme.example.com", "ghost", "x", null));
        broken.servers().forEach(s -> requests.add(new Request("ghost-pool.example.com", "dual", s.id(), null)));
        broken.servers().forEach(s -> requests.add(new Request("acme.example.com", "no-address", s.id(), null)));

        for (Request request : requests) {
            try {
                TraceResult result = engine.trace(request);
                assertThat(result.checks()).isNotEmpty();
                assertThat(result.hops()).hasSizeGreaterThanOrEqualTo(3);
                assertThat(result.egress() == null).isEqualTo(result.tier() == Tier.NO_EGRESS);
                assertThat(TraceJson.toJson(request, result)).contains("\"tier\"");
            } catch (RequestException rejected) {
                assertThat(rejected.getMessage()).isNotBlank();
            }
        }
    }

    private static Topology corrupt(Topology topology, Random random) {
        List<Location> locations = new ArrayList<>(topology.locations());
        if (!locations.isEmpty()) {
            Location twin = locations.get(random.nextInt(locations.size()));
            double bad = BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)];
            locations.add(twin.withCoordinates(bad, bad));
            locations.set(0, locations.get(0).withCoordinates(bad, -bad));
            List<DataCenter> dataCenters = new ArrayList<>(locations.get(0).dataCenters());
            topology.dataCenters().findFirst().ifPresent(dc -> dataCenters.add(dc.withServers(badServers(dc, random))));
            locations.set(0, locations.get(0).withDataCenters(dataCenters));
        }
        List<Link> links = new ArrayList<>(topology.links());
        links.add(new Link("MARS", locations.isEmpty() ? "FRA" : locations.get(0).id(), 1));
        for (double bad : BAD_NUMBERS) {
            String id = locations.isEmpty() ? "FRA" : locations.get(random.nextInt(locations.size())).id();
            links.add(new Link(id, id, bad));
            links.add(new Link(id, locations.isEmpty() ? "AMS" : locations.get(0).id(), bad));
        }
        List<Pool> pools = new ArrayList<>(topology.pools());
        pools.add(Pool.of("acme", null, BAD_ADDRESSES.toArray(String[]::new)));
        pools.add(pools.get(random.nextInt(pools.size())).withAddresses(BAD_ADDRESSES));
        List<Zone> zones = new ArrayList<>(topology.zones());
        zones.add(new Zone("ghost-pool.example.com", "ghost", List.of("EU")));
        zones.add(new Zone("acme.example.com", null, List.of()));
        List<Origin> origins = new ArrayList<>(topology.origins());
        origins.add(Origin.of("no-address", null, null));
        origins.add(Origin.of("dual", "not an address", "neither"));
        return new Topology("broken", null, locations, links, pools, zones, origins, List.of(), null);
    }

    /** The data center's servers again (duplicate ids), holding unparsable and IPv6 addresses. */
    private static List<Server> badServers(DataCenter dataCenter, Random random) {
        return dataCenter.servers().stream()
                .map(s -> s.withEgressIps(List.of(BAD_ADDRESSES.get(random.nextInt(BAD_ADDRESSES.size())), "10.0.0.1")))
                .toList();
    }
}
