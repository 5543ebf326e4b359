package dev.aegisplanner.model.bench;

import dev.aegisplanner.model.analysis.StrandedZone;
import dev.aegisplanner.model.analysis.StrandedZones;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
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
 * What the planning warnings cost on the generated planet (300 locations, 1,000 data centers, 100,000 servers,
 * 61 zones): the Problems panel finds them after every edit, off the FX thread. {@code stranded=none} is the
 * planet as generated; {@code stranded=one} empties the first pool with a zone, so one zone is stranded and
 * every data center is asked about it.
 * <ul>
 *   <li>{@code fromScratch}: the engine's index, then every zone and family, as after an edit.</li>
 *   <li>{@code engineBuilt}: every zone and family with the engine already built.</li>
 * </ul>
 * Run with {@code model/bench.sh -f 1 -wi 3 -i 5 StrandedZonesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StrandedZonesBenchmark {

    @Param({"none", "one"})
    public String stranded;

    private Topology planet;
    private ForwardingEngine engine;

    @Setup
    public void setUp() {
        planet = TopologyGenerator.generate(GeneratorSpec.large(1));
        if (stranded.equals("one")) {
            String pool = planet.zones().stream().filter(z -> z.hasPool()).findFirst().orElseThrow().pool();
            planet = planet.withPools(planet.pools().stream()
                    .map(p -> p.id().equals(pool) ? new Pool(p.id(), p.name(), p.source(), List.of()) : p).toList());
        }
        engine = new ForwardingEngine(planet);
    }

    @Benchmark
    public List<StrandedZone> fromScratch() {
        return StrandedZones.of(planet);
    }

    @Benchmark
    public List<StrandedZone> engineBuilt() {
        return new StrandedZones(engine).find();
    }
}
