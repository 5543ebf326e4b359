package dev.aegisplanner.model.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.aegisplanner.model.capacity.CapacityAnalysis;
import dev.aegisplanner.model.capacity.DrillProgress;
import dev.aegisplanner.model.generate.DemandPlan;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.Topology;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The capacity figures on the planet ({@link CapacityBenchmark}'s input), as wall time and as the process's CPU
 * time: on a shared machine the wall time says how busy the others were, the CPU time what the work costs (on
 * 2 free cores the wall time of the parallel parts is about half of it). Prints the median of several runs
 * after warming up. Run with
 * {@code java -cp model/target/test-classes:model/target/classes:$(cat model/target/bench.classpath)
 * dev.aegisplanner.model.bench.CapacityFigures} after {@code model/bench.sh} has built the class path.
 */
public final class CapacityFigures {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CapacityFigures() {
    }

    public static void main(String[] args) {
        Topology planet = DemandPlan.everywhere(TopologyGenerator.generate(GeneratorSpec.large(1)), 1);
        CapacityAnalysis analysis = CapacityAnalysis.of(planet);
        System.out.printf(Locale.ROOT, "planet: %d demand entries, %d rows, %d drills, %d processors%n",
                planet.demand().size(), analysis.report().rows().size(), analysis.drills().failures().size(),
                Runtime.getRuntime().availableProcessors());
        measure("capacity analysis", 20, 10, () -> CapacityAnalysis.of(planet));
        measure("N-1, every single failure", 2, 3, () -> analysis.drills().run(DrillProgress.NONE));
    }

    private static void measure(String what, int warmups, int runs, Supplier<Object> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu0 = OS.getProcessCpuTime();
            long wall0 = System.nanoTime();
            work.get();
            wall[i] = (System.nanoTime() - wall0) / 1e6;
            cpu[i] = (OS.getProcessCpuTime() - cpu0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%s: median %.0f ms wall (min %.0f), %.0f ms CPU (min %.0f), load average %.1f%n",
                what, median(wall), Arrays.stream(wall).min().orElseThrow(), median(cpu),
                Arrays.stream(cpu).min().orElseThrow(), OS.getSystemLoadAverage());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
