package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.Family;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what the demand became into a {@link CapacityReport}: loads per group, and unserved, forwarded,
 * unlimited and moved demand added up per zone, origin, family and place, in the order first met.
 */
final class ReportSink implements Flows.Sink {

    private record Key(String zone, String origin, Family family, Object detail, Object more) {
    }

    private final double[] loads;
    private final Map<Key, double[]> unserved = new LinkedHashMap<>();
    private final Map<Key, double[]> forwards = new LinkedHashMap<>();
    private final Map<Key, double[]> unlimited = new LinkedHashMap<>();
    private final Map<Key, double[]> failovers = new LinkedHashMap<>();
    private final Map<Key, String> failoverFrom = new LinkedHashMap<>();

    ReportSink(int groups) {
        this.loads = new double[groups];
    }

    @Override
    public void load(int group, double connections) {
        loads[group] += connections;
    }

    @Override
    public void unserved(DemandUnit unit, double connections, Unserved.Reason reason) {
        add(unserved, key(unit, reason, null), connections, 0);
    }

    @Override
    public void forward(DemandUnit unit, String from, String to, double connections, double latencyMs) {
        add(forwards, key(unit, from, to), connections, latencyMs);
    }

    @Override
    public void unlimited(DemandUnit unit, Tier tier, double connections) {
        add(unlimited, key(unit, tier, null), connections, 0);
    }

    @Override
    public void failover(DemandUnit unit, String to, double connections) {
        String from = unit.dataCenter() != null ? unit.dataCenter() : unit.location();
        Key key = key(unit, from, to);
        add(failovers, key, connections, 0);
        failoverFrom.put(key, from);
    }

    private static Key key(DemandUnit unit, Object detail, Object more) {
        return new Key(unit.zone(), unit.origin(), unit.family(), detail, more);
    }

    private static void add(Map<Key, double[]> sums, Key key, double connections, double latency) {
        double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
        sum[0] += connections;
        sum[1] = latency;
    }

    double[] loads() {
        return loads;
    }

    CapacityReport report(List<CapacityRow> rows, double total) {
        List<Unserved> unservedList = new ArrayList<>();
        unserved.forEach((k, v) -> unservedList.add(
                new Unserved(k.zone(), k.origin(), k.family(), v[0], (Unserved.Reason) k.detail())));
        List<Forward> forwardList = new ArrayList<>();
        forwards.forEach((k, v) -> forwardList.add(new Forward(k.zone(), k.origin(), k.family(),
                (String) k.detail(), (String) k.more(), v[0], v[1])));
        List<Unlimited> unlimitedList = new ArrayList<>();
        unlimited.forEach((k, v) -> unlimitedList.add(
                new Unlimited(k.zone(), k.origin(), k.family(), (Tier) k.detail(), v[0])));
        List<Failover> failoverList = new ArrayList<>();
        failovers.forEach((k, v) -> failoverList.add(
                new Failover(k.zone(), k.origin(), k.family(), failoverFrom.get(k), (String) k.more(), v[0])));
        return new CapacityReport(rows, unservedList, forwardList, unlimitedList, failoverList, total);
    }
}
