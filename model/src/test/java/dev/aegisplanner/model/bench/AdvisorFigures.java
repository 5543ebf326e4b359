package dev.aegisplanner.model.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.aegisplanner.model.advisor.AddressCount;
import dev.aegisplanner.model.advisor.PlacementAdvisor;
import dev.aegisplanner.model.advisor.PlacementRequest;
import dev.aegisplanner.model.advisor.Suggestion;
import dev.aegisplanner.model.generate.DemandPlan;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.topology.Zone;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The placement advisor's figures on the planet ({@code GeneratorSpec.large(1)}: 300 locations, 1,000 data
 * centers, 100,000 servers, with demand in every location for every zone): one pool with 8 addresses and no
 * regions (every up location a candidate), and small pools (4 addresses, a regional zone, at most 50 candidate
 * locations, the pool's demand only from its region). Prints wall and CPU time, whether the optimum was proven and the gap. Run with
 * {@code java -cp model/target/test-classes:model/target/classes:$(cat model/target/bench.classpath)
 * dev.aegisplanner.model.bench.AdvisorFigures [SMALL_POOLS [SECONDS [small [PLANETS]]]]} after {@code model/bench.sh}
 * has built the class path: the number of small pools per planet (default 5), the time limit of each search (default
 * 30 s), {@code small} to leave the planet pool out, and how many planets (seeds 1, 2, ...; default 1).
 */
public final class AdvisorFigures {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** The search, SCIP included, runs on the calling thread: its CPU time is the wall time of an idle machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static Duration limit;

    private AdvisorFigures() {
    }

    public static void main(String[] args) {
        int smallPools = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        limit = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        boolean smallOnly = args.length > 2 && args[2].equals("small");
        int planets = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (long seed = 1; seed <= planets; seed++) {
            Topology planet = DemandPlan.everywhere(TopologyGenerator.generate(GeneratorSpec.large(seed)), 1);
            System.out.printf(Locale.ROOT, "planet %d: %d locations, %d demand entries, %d processors%n", seed,
                    planet.locations().size(), planet.demand().size(), Runtime.getRuntime().availableProcessors());
            if (!smallOnly) {
                Pool big = planet.pools().stream().filter(p -> !zones(planet, p).isEmpty()
                        && zones(planet, p).stream().allMatch(z -> z.regions().isEmpty())).findFirst().orElseThrow();
                run(planet, big, 8, "planet pool, 8 addresses");
            }
            int done = 0;
            for (Pool pool : planet.pools()) {
                long candidates = candidates(planet, pool);
                if (done < smallPools && candidates <= 50 && candidates > 0) {
                    run(regional(planet, pool), pool, 4, "small pool, 4 addresses, " + candidates + " candidates");
                    done++;
                }
            }
        }
    }

    private static void run(Topology planet, Pool pool, int addresses, String what) {
        long cpu0 = OS.getProcessCpuTime();
        long thread0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        Suggestion s = PlacementAdvisor.suggest(planet, PlacementRequest.of(pool.id())
                .withCount(AddressCount.exactly(addresses)).withTimeLimit(limit));
        double wall = (System.nanoTime() - wall0) / 1e6;
        double cpu = (OS.getProcessCpuTime() - cpu0) / 1e6;
        double thread = (THREADS.getCurrentThreadCpuTime() - thread0) / 1e6;
        System.out.printf(Locale.ROOT, "%s (%s): %.0f ms wall (%.0f ms placing), %.0f ms CPU (%.0f ms on this"
                        + " thread), %s, gap %.2f %%, mean latency %.1f -> %.1f ms, %d locations, load average %.1f%n",
                what, pool.id(), wall, s.seconds() * 1000, cpu, thread,
                s.optimal() ? "optimal" : "not proven", s.gap() * 100, s.before().meanLatencyMs(),
                s.after().meanLatencyMs(), s.placement().locations().size(), OS.getSystemLoadAverage());
    }

    /** A regional customer: the planet with the pool's demand only where its zones may egress. */
    private static Topology regional(Topology planet, Pool pool) {
        List<Zone> zones = zones(planet, pool);
        java.util.Map<String, String> regionOf = new java.util.HashMap<>();
        planet.locations().forEach(l -> regionOf.put(l.id(), l.region()));
        return planet.withDemand(planet.demand().stream().filter(d -> zones.stream().noneMatch(z -> z.id().equals(d.zone()))
                || zones.stream().allMatch(z -> z.allowsRegion(regionOf.get(d.location())))).toList());
    }

    private static List<Zone> zones(Topology planet, Pool pool) {
        return planet.zones().stream().filter(z -> pool.id().equals(z.pool())).toList();
    }

    private static long candidates(Topology planet, Pool pool) {
        List<Zone> zones = zones(planet, pool);
        if (zones.isEmpty()) {
            return 0;
        }
        return planet.locations().stream().filter(l -> l.status().isUp()
                && zones.stream().allMatch(z -> z.allowsRegion(l.region()))
                && l.dataCenters().stream().anyMatch(d -> d.status().isUp()
                        && d.servers().stream().anyMatch(s -> s.status().isUp()))).count();
    }
}
