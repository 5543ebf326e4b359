package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "What if this fails?" set against the plan: the rows a failure makes more utilized, and the demand it leaves
 * unserved beyond what the plan already leaves. A drill's own data center drops to nothing; that is not worse,
 * its load went somewhere, and that somewhere is.
 *
 * @param worse the rows whose utilization rises, the most utilized (after the failure) first
 * @param newlyUnserved per zone, origin, family and reason, the unserved demand the failure adds
 */
public record FailureImpact(ElementRef failure, CapacityReport plan, CapacityReport failed, List<RowChange> worse,
                            List<Unserved> newlyUnserved) {

    /** Utilizations that differ by less are equal: loads are taken away and added back in another order. */
    private static final double SAME = 1e-9;

    /** One row before and with the failure. */
    public record RowChange(CapacityRow before, CapacityRow after) {
        public double rise() {
            return after.utilization() - before.utilization();
        }
    }

    public FailureImpact {
        Objects.requireNonNull(failure, "failure");
        worse = List.copyOf(worse);
        newlyUnserved = List.copyOf(newlyUnserved);
    }

    /** Compares a failure's report with the plan's, row by row (rows match by data center, address and origin). */
    public static FailureImpact of(ElementRef failure, CapacityReport plan, CapacityReport failed) {
        Map<CapacityRow.RowKey, CapacityRow> before = new HashMap<>();
        plan.rows().forEach(row -> before.put(row.key(), row));
        List<RowChange> worse = new ArrayList<>();
        for (CapacityRow after : failed.rows()) {
            CapacityRow was = before.get(after.key());
            double previous = was == null ? 0 : was.utilization();
            if (after.utilization() > previous + SAME) {
                worse.add(new RowChange(was != null ? was : new CapacityRow(after.location(), after.dataCenter(),
                        after.address(), after.pool(), after.origin(), 0, after.capacity(), 0), after));
            }
        }
        worse.sort(Comparator.comparing(RowChange::after, CapacityRows.WORST_FIRST));
        return new FailureImpact(failure, plan, failed, worse, newlyUnserved(plan, failed));
    }

    private static List<Unserved> newlyUnserved(CapacityReport plan, CapacityReport failed) {
        Map<Unserved, Double> amounts = new LinkedHashMap<>();
        failed.unserved().forEach(u -> amounts.merge(withoutAmount(u), u.connections(), Double::sum));
        plan.unserved().forEach(u -> amounts.merge(withoutAmount(u), -u.connections(), Double::sum));
        List<Unserved> added = new ArrayList<>();
        amounts.forEach((key, amount) -> {
            if (amount > 1e-6) {
                added.add(new Unserved(key.zone(), key.origin(), key.family(), amount, key.reason()));
            }
        });
        added.sort(Comparator.comparingDouble(Unserved::connections).reversed());
        return added;
    }

    private static Unserved withoutAmount(Unserved u) {
        return new Unserved(u.zone(), u.origin(), u.family(), 0, u.reason());
    }

    public double newlyUnservedConnections() {
        return newlyUnserved.stream().mapToDouble(Unserved::connections).sum();
    }

    /** Rows over 100 % with the failure that the plan keeps at or below it. */
    public long rowsPushedOver() {
        return worse.stream().filter(c -> c.after().status() == RowStatus.OVER && c.before().status() != RowStatus.OVER)
                .count();
    }

    /** Whether the failure hurts, as an N-1 drill counts it: a row pushed over 100 %, or more demand unserved. */
    public boolean hurts() {
        return rowsPushedOver() > 0 || newlyUnservedConnections() > 1e-6;
    }
}
