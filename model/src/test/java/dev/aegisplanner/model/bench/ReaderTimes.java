package dev.aegisplanner.model.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.io.TopologyReader;
import dev.aegisplanner.model.io.TopologyWriter;
import dev.aegisplanner.model.layout.AutoLayout;
import dev.aegisplanner.model.topology.Topology;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The reader's cost next to Jackson's {@code readTree} on the same text, in CPU time of the reading thread:
 * on a shared machine, wall-clock figures mostly measure the neighbours, CPU time measures the work. The two
 * are measured in turns, many rounds, and the medians compared. The planet as generated and as the editor
 * saves it (every layout box written). "read + index" adds {@link Topology#index()} asked right after reading, as
 * the editor and the engine do: what opening a file costs. Run after {@code mvn -o -q -pl model test-compile}:
 * {@code java -cp model/target/test-classes:model/target/classes:$(cat model/target/bench.classpath)
 * dev.aegisplanner.model.bench.ReaderTimes [rounds]} ({@code model/bench.sh} writes {@code bench.classpath}).
 */
public final class ReaderTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ObjectMapper JACKSON = new ObjectMapper();

    private ReaderTimes() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Topology planet = TopologyGenerator.generate(GeneratorSpec.large(1));
        measure("planet", TopologyWriter.toJson(planet), rounds);
        measure("planet with layout", TopologyWriter.toJson(planet.withLayout(AutoLayout.arrange(planet))), rounds);
    }

    private static void measure(String name, String text, int rounds) throws Exception {
        double[] tree = new double[rounds];
        double[] read = new double[rounds];
        double[] opened = new double[rounds];
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            cpuMillis(() -> JACKSON.readTree(text));
            cpuMillis(() -> TopologyReader.read(text).topology().index());
        }
        for (int i = 0; i < rounds; i++) {
            tree[i] = cpuMillis(() -> JACKSON.readTree(text));
            Topology[] topology = new Topology[1];
            read[i] = cpuMillis(() -> topology[0] = TopologyReader.read(text).topology());
            // What opening a file costs: the editor and the engine ask for the index right after reading.
            opened[i] = read[i] + cpuMillis(topology[0]::index);
        }
        double treeMedian = median(tree);
        double readMedian = median(read);
        double openedMedian = median(opened);
        System.out.printf(Locale.ROOT, "%-20s %5.1f MB  readTree %6.1f ms  read %6.1f ms  ratio %4.2f  read + index %6.1f ms"
                        + "  ratio %4.2f  (CPU, median of %d)%n", name, text.length() / 1e6, treeMedian, readMedian,
                readMedian / treeMedian, openedMedian, openedMedian / treeMedian, rounds);
    }

    private static double cpuMillis(Callable<?> work) throws Exception {
        long start = THREADS.getCurrentThreadCpuTime();
        Object result = work.call();
        long end = THREADS.getCurrentThreadCpuTime();
        if (result == null) {
            throw new IllegalStateException("nothing read");
        }
        return (end - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
