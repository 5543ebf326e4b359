package dev.aegisplanner.model.bench;

import dev.aegisplanner.model.engine.Decision;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.RequestException;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.ServerPlace;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long one trace and one index build take, on the small hand-made topology, on the largest sample
 * ({@code samples/global-retailer.json}) and on a large one (300 locations, 1,000 data centers, 100,000 servers). Not a unit test: run it with {@code model/bench.sh}
 * (see there), e.g. {@code model/bench.sh -f 1 -wi 3 -i 5}.
 *
 * <ul>
 *   <li>{@code trace}: one request from a fixed mix of 4,096 (every zone kind, up ingress servers, both
 *       families, all tiers), after the shortest paths of every ingress location are cached.</li>
 *   <li>{@code buildIndex}: {@code new ForwardingEngine(topology)}.</li>
 *   <li>{@code buildAndTraceFromEveryLocation}: a fresh engine and one forwarded trace per location,
 *       so one Dijkstra run per location: the worst case of a first pass such as a coverage view.</li>
 * </ul>
 */
@State(Scope.Benchmark)
public class TraceBenchmark {

    private static final int MIX = 4096;

    @Param({"small", "demo", "large", "planet"})
    public String topology;

    private Topology model;
    private ForwardingEngine engine;
    private Request[] requests;
    private ServerPlace[] places;
    private List<Request> onePerLocation;
    private int next;

    @Setup
    public void setUp() {
        model = switch (topology) {
            case "small" -> BenchTopologies.small();
            // The largest sample, the one the README opens: what a planner's trace costs in the editor.
            case "demo" -> TopologyReader.read(Path.of("..", "samples", "global-retailer.json")).topology();
            // What `aegis generate --locations 300 --data-centers 1000 --servers 100000 --pools 40` writes.
            case "planet" -> TopologyGenerator.generate(GeneratorSpec.large(1));
            default -> BenchTopologies.large(300, 1_000, 100_000, 42);
        };
        engine = new ForwardingEngine(model);
        requests = requestMix(new Random(7)).toArray(Request[]::new);
        Map<String, ServerPlace> ingress = new java.util.HashMap<>();
        engine.ingressServers().forEach(p -> ingress.put(p.server().id(), p));
        places = java.util.Arrays.stream(requests).map(r -> ingress.get(r.ingressServer())).toArray(ServerPlace[]::new);
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        for (Request request : requests) {
            tiers.merge(engine.trace(request).tier(), 1, Integer::sum);
        }
        onePerLocation = onePerLocation();
        System.out.printf("%n%s topology: %d locations, %d servers; tier mix of the %d requests: %s%n", topology,
                model.locations().size(), model.servers().count(), requests.length, tiers);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public TraceResult trace() {
        return engine.trace(requests[next++ & (MIX - 1)]);
    }

    /** The decision alone for one request of the same mix, without its origin, the ingress named by its id. */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Decision decide() {
        Request request = requests[next++ & (MIX - 1)];
        return engine.decide(request.zone(), request.ingressServer(), request.family());
    }

    /** The same with the ingress given as one of the engine's places, as coverage and capacity ask it. */
    @Benchmark
    @BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Decision decideFromPlace() {
        int i = next++ & (MIX - 1);
        Request request = requests[i];
        return engine.decide(request.zone(), places[i], request.family());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ForwardingEngine buildIndex() {
        return new ForwardingEngine(model);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int buildAndTraceFromEveryLocation() {
        ForwardingEngine fresh = new ForwardingEngine(model);
        int forwarded = 0;
        for (Request request : onePerLocation) {
            forwarded += fresh.trace(request).tier() == Tier.OTHER_LOCATION ? 1 : 0;
        }
        return forwarded;
    }

    /** Random (zone, up ingress server, family) requests that the engine accepts. */
    private List<Request> requestMix(Random random) {
        List<Server> servers = model.servers().toList();
        List<Zone> zones = model.zones();
        List<Request> mix = new ArrayList<>(MIX);
        while (mix.size() < MIX) {
            Request request = new Request(zones.get(random.nextInt(zones.size())).id(), model.origins().get(0).id(),
                    servers.get(random.nextInt(servers.size())).id(), random.nextBoolean() ? Family.IPV4 : Family.IPV6);
            if (accepted(request)) {
                mix.add(request);
            }
        }
        return mix;
    }

    /** For each location, a request from its first up server in a zone that egresses from elsewhere. */
    private List<Request> onePerLocation() {
        List<Request> perLocation = new ArrayList<>();
        for (Location location : model.locations()) {
            location.dataCenters().stream().flatMap(d -> d.servers().stream())
                    .map(s -> new Request(model.zones().get(1).id(), model.origins().get(0).id(), s.id(), Family.IPV4))
                    .filter(this::accepted)
                    .findFirst()
                    .ifPresent(perLocation::add);
        }
        return perLocation;
    }

    private boolean accepted(Request request) {
        try {
            engine.trace(request);
            return true;
        } catch (RequestException downIngress) {
            return false;
        }
    }
}
