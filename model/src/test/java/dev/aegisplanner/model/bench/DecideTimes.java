package dev.aegisplanner.model.bench;

import dev.aegisplanner.model.engine.Decision;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@link TraceBenchmark}'s {@code decide} and {@code decideFromPlace} on the planet (its request mix, its setup) timed
 * in batches of a million by the thread's own CPU time as well as by the clock. On a shared machine JMH's wall-clock
 * figures mostly say how often the benchmark thread was descheduled; the CPU time per decision says what one costs.
 * Prints per benchmark the median, the best and the 90th percentile over the batches. Run with
 * {@code java -cp model/target/test-classes:model/target/classes:$(cat model/target/bench.classpath)
 * dev.aegisplanner.model.bench.DecideTimes [batches]} after {@code model/bench.sh} has built the class path.
 */
public final class DecideTimes {

    private static final int BATCH = 1_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DecideTimes() {
    }

    public static void main(String[] args) {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        TraceBenchmark benchmark = new TraceBenchmark();
        benchmark.topology = "planet";
        benchmark.setUp();
        time("decide", batches, benchmark::decide);
        time("decideFromPlace", batches, benchmark::decideFromPlace);
    }

    private static void time(String what, int batches, Supplier<Decision> decision) {
        int sink = 0;
        for (int i = 0; i < 20 * BATCH; i++) {
            sink += decision.get().tier().ordinal();
        }
        double[] cpu = new double[batches];
        double[] wall = new double[batches];
        for (int b = 0; b < batches; b++) {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (int i = 0; i < BATCH; i++) {
                sink += decision.get().tier().ordinal();
            }
            wall[b] = (double) (System.nanoTime() - wall0) / BATCH;
            cpu[b] = (double) (THREADS.getCurrentThreadCpuTime() - cpu0) / BATCH;
        }
        System.out.printf(Locale.ROOT, "%s: CPU %s ns per decision, wall %s ns (median, best, p90 of %d batches of %,d;"
                + " load average %.1f) %s%n", what, figures(cpu), figures(wall), batches, BATCH,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink == 42 ? "" : "");
    }

    private static String figures(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.0f / %.0f / %.0f", sorted[sorted.length / 2], sorted[0],
                sorted[(int) Math.ceil(sorted.length * 0.9) - 1]);
    }
}
