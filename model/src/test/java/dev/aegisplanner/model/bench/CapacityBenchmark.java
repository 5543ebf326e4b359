package dev.aegisplanner.model.bench;

import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.DrillReport;
import dev.aegisplanner.model.capacity.DrillProgress;
import dev.aegisplanner.model.generate.DemandPlan;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.Demand;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The capacity analysis on the planet of issue 8: {@code GeneratorSpec.large(1)} (300 locations, 1,000 data
 * centers, 100,000 servers, 40 pools, 61 zones) with demand in every location for every zone
 * ({@link DemandPlan}, 18,300 entries). Run with {@code model/bench.sh}, e.g.
 * {@code model/bench.sh -f 1 -wi 2 -i 3 CapacityBenchmark}.
 *
 * <ul>
 *   <li>{@code analysis}: the whole analysis from the topology (routes, landing, loads, rows): target 300 ms.</li>
 *   <li>{@code demandEdit}: the analysis after an edit of demand alone, keeping the routes of the one before:
 *       what the editor pays to recolour after an edit that changes no route.</li>
 *   <li>{@code nMinusOne}: every single data center and location down (about 1,300 drills) on all cores: target
 *       10 s on 2 cores.</li>
 * </ul>
 */
@State(Scope.Benchmark)
public class CapacityBenchmark {

    private Topology planet;
    private CapacityAnalysis analysis;
    private List<Demand> edited;

    @Setup
    public void setUp() {
        planet = DemandPlan.everywhere(TopologyGenerator.generate(GeneratorSpec.large(1)), 1);
        analysis = CapacityAnalysis.of(planet);
        edited = new ArrayList<>(planet.demand());
        edited.set(0, edited.get(0).withConnections(edited.get(0).connections() + 1_000));
        CapacityReport report = analysis.report();
        System.out.printf("%nplanet: %d demand entries, %d rows, %d drills, %d processors%n", planet.demand().size(),
                report.rows().size(), analysis.drills().failures().size(), Runtime.getRuntime().availableProcessors());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CapacityReport analysis() {
        return CapacityAnalysis.of(planet).report();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CapacityReport demandEdit() {
        return CapacityAnalysis.of(planet, edited, analysis).report();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DrillReport nMinusOne() {
        return analysis.drills().run(DrillProgress.NONE);
    }
}
