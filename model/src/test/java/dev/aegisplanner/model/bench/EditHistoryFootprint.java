package dev.aegisplanner.model.bench;

import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.generate.GeneratorSpec;
import dev.aegisplanner.model.generate.TopologyGenerator;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Status;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * What one edit of the planet (300 locations, 1,000 data centers, 100,000 servers, layout written) costs in the
 * model: time per edit, and the memory an undo history keeps per edit, measured as the retained heap (after
 * forced garbage collections) of a list holding every version, divided by the number of edits. Every version is
 * indexed as the editor would ({@code topology.index()}), so an index that an old version pinned would show.
 * Not a test: run it with
 * <pre>
 * mvn -o -q -pl model test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * java -Xmx2g -cp model/target/test-classes:model/target/classes:$(cat model/target/bench.classpath) \
 *     dev.aegisplanner.model.bench.EditHistoryFootprint
 * </pre>
 */
public final class EditHistoryFootprint {

    private static final int EDITS = 200;

    private EditHistoryFootprint() {
    }

    public static void main(String[] args) {
        Topology generated = TopologyGenerator.generate(GeneratorSpec.large(1));
        Topology planet = generated.withLayout(EffectiveLayout.of(generated));
        List<String> servers = planet.servers().map(s -> s.id()).toList();
        System.out.printf(Locale.ROOT, "Planet with layout: %,d servers, %,d layout boxes%n", servers.size(),
                planet.layout().size());
        measure("server name", planet, (t, i) ->
                PropertyEdits.setName(t, ElementRef.server(servers.get(i * 397 % servers.size())), "Edge " + i));
        measure("data center status", planet, (t, i) -> PropertyEdits.setStatus(t,
                ElementRef.dataCenter(t.locations().get(i % 300).dataCenters().get(0).id()),
                i % 2 == 0 ? Status.DOWN : Status.UP));
        measure("move one server", planet, (t, i) ->
                StructureEdits.move(t, List.of(ElementRef.server(servers.get(i * 397 % servers.size()))), 1, 1));
        measure("move one location", planet, (t, i) ->
                StructureEdits.move(t, List.of(ElementRef.location(t.locations().get(i % 300).id())), 1, 1));
    }

    private static void measure(String what, Topology start, BiFunction<Topology, Integer, Topology> edit) {
        start.index();
        for (int i = 0; i < 50; i++) {
            edit.apply(start, i).index();
        }
        List<Topology> history = new ArrayList<>(EDITS + 1);
        history.add(start);
        long before = usedHeap();
        List<Double> times = new ArrayList<>();
        Topology current = start;
        for (int i = 0; i < EDITS; i++) {
            long t0 = System.nanoTime();
            current = edit.apply(current, i);
            current.index();
            times.add((System.nanoTime() - t0) / 1e6);
            history.add(current);
        }
        long after = usedHeap();
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "%-20s median %6.2f ms, p90 %6.2f ms per edit; history %8.1f KB per edit (%d edits)%n",
                what, times.get(times.size() / 2), times.get(times.size() * 9 / 10),
                (after - before) / 1024.0 / EDITS, history.size() - 1);
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
