package dev.aegisplanner.model.bench;

import dev.aegisplanner.model.analysis.Coverage;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.edit.Failures;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * How long coverage takes: every up ingress server of a zone, on the small hand-made topology and on a
 * generated one of 300 locations, 1,000 data centers and 100,000 servers ({@code GeneratorSpec.large(1)}:
 * 40 customers and their zones). Not a unit test: run it with {@code model/bench.sh}, e.g.
 * {@code model/bench.sh -f 1 -wi 2 -i 3 CoverageBenchmark}.
 *
 * <ul>
 *   <li>{@code zone}: one zone for IPv4 (taking the zones in turn) with an engine whose caches are warm:
 *       what the editor pays to recolour its coverage view for another zone.</li>
 *   <li>{@code fiveZonesFromScratch}: index build, then five zones for IPv4, so the shortest paths from
 *       every location are computed on the way: the command line's {@code coverage --zone A,B,C,D,E}.</li>
 *   <li>{@code fiveZonesBothFamilies}: the same for IPv4 and IPv6.</li>
 *   <li>{@code failureDrill}: one data center down, then what changed for five zones: a second engine
 *       for the failed topology and a coverage of each zone before and after.</li>
 * </ul>
 */
@State(Scope.Benchmark)
public class CoverageBenchmark {

    private static final int FEW_ZONES = 5;

    @Param({"small", "large"})
    public String topology;

    private Topology model;
    private Coverage warm;
    private List<String> zones;
    private List<String> fewZones;
    private String busiestDataCenter;
    private int next;

    @Setup
    public void setUp() {
        model = topology.equals("small") ? BenchTopologies.small() : TopologyGenerator.generate(GeneratorSpec.large(1));
        warm = new Coverage(new ForwardingEngine(model));
        zones = warm.zones();
        fewZones = zones.subList(0, Math.min(FEW_ZONES, zones.size()));
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        for (String zone : zones) {
            warm.zone(zone, Family.IPV4).tiers().reached().forEach((tier, n) -> tiers.merge(tier, n, Integer::sum));
        }
        busiestDataCenter = model.locations().stream().flatMap(l -> l.dataCenters().stream())
                .max((a, b) -> Integer.compare(a.servers().size(), b.servers().size())).orElseThrow().id();
        System.out.printf("%n%s topology: %d locations, %d servers, %d zones; IPv4 tiers over all zones: %s%n",
                topology, model.locations().size(), model.servers().count(), zones.size(), tiers);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ZoneCoverage zone() {
        return warm.zone(zones.get(next++ % zones.size()), Family.IPV4);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int fiveZonesFromScratch() {
        return rows(Coverage.of(model), List.of(Family.IPV4));
    }

    /** Index build, then every zone for IPv4: the whole coverage of the topology, as {@code coverage FILE} computes it. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int everyZoneFromScratch() {
        Coverage coverage = Coverage.of(model);
        int rows = 0;
        for (String zone : coverage.zones()) {
            rows += coverage.zone(zone, Family.IPV4).rows().size();
        }
        return rows;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int fiveZonesBothFamilies() {
        return rows(Coverage.of(model), List.of(Family.IPV4, Family.IPV6));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int failureDrill() {
        Coverage before = Coverage.of(model);
        Coverage after = Coverage.of(Failures.takeDown(model, Set.of(busiestDataCenter)));
        int changes = 0;
        for (String zone : fewZones) {
            changes += CoverageDiff.between(before.zone(zone, Family.IPV4), after.zone(zone, Family.IPV4))
                    .changes().size();
        }
        return changes;
    }

    private int rows(Coverage coverage, List<Family> families) {
        int rows = 0;
        for (String zone : fewZones) {
            for (Family family : families) {
                rows += coverage.zone(zone, family).rows().size();
            }
        }
        return rows;
    }
}
