package dev.aegisplanner.model.capacity;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Gathers the drills of an N-1 run as they finish, in any order, into one {@link DrillReport}. */
final class DrillTally {

    /** What one drill gave: per row (in the plan's row order) its figures, and the demand left unserved. */
    record Drill(ElementRef failure, double[] utilization, double[] connections, double[] capacity,
                 List<Unserved> unserved) {
    }

    private final List<CapacityRow> planRows;
    private final double planUnserved;
    private final double[] worst;
    private final int[] worstDrill;
    private final double[] worstConnections;
    private final double[] worstCapacity;
    private final List<Drill> hurting = new ArrayList<>();
    private final List<Integer> hurtingIndex = new ArrayList<>();

    DrillTally(CapacityReport plan) {
        this.planRows = plan.rows();
        this.planUnserved = plan.unservedConnections();
        int n = planRows.size();
        worst = new double[n];
        worstDrill = new int[n];
        worstConnections = new double[n];
        worstCapacity = new double[n];
        java.util.Arrays.fill(worst, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(worstDrill, -1);
    }

    /** @param index the drill's place in drill order, so equal utilizations go to the first drill */
    synchronized void add(int index, Drill drill) {
        for (int i = 0; i < worst.length; i++) {
            double u = drill.utilization()[i];
            if (u > worst[i] || (u == worst[i] && index < worstDrill[i])) {
                worst[i] = u;
                worstDrill[i] = index;
                worstConnections[i] = drill.connections()[i];
                worstCapacity[i] = drill.capacity()[i];
            }
        }
        // A drill hurts when it makes the plan worse: a row over 100 % that the plan keeps below, or more unserved.
        boolean over = false;
        for (int i = 0; i < worst.length; i++) {
            over |= RowStatus.isOver(drill.utilization()[i]) && !RowStatus.isOver(planRows.get(i).utilization());
        }
        double unserved = drill.unserved().stream().mapToDouble(Unserved::connections).sum();
        if (over || unserved > planUnserved + 1e-6) {
            hurting.add(drill);
            hurtingIndex.add(index);
        }
    }

    synchronized DrillReport report(List<ElementRef> failures, CapacityGrid grid) {
        List<DrillRow> rows = new ArrayList<>(planRows.size());
        for (int i = 0; i < planRows.size(); i++) {
            boolean drilled = worstDrill[i] >= 0;
            rows.add(new DrillRow(planRows.get(i), drilled ? worst[i] : planRows.get(i).utilization(),
                    drilled ? worstConnections[i] : planRows.get(i).connections(),
                    drilled ? worstCapacity[i] : planRows.get(i).capacity(),
                    drilled ? failures.get(worstDrill[i]) : null));
        }
        List<DrillOutcome> outcomes = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < hurting.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingInt(hurtingIndex::get));
        for (int k : order) {
            outcomes.add(outcome(hurting.get(k), grid));
        }
        outcomes.sort(Comparator.comparingDouble(DrillOutcome::unservedConnections).reversed()
                .thenComparing(Comparator.comparingDouble((DrillOutcome o) -> o.worstRow() == null ? 0
                        : o.worstRow().utilization()).reversed()));
        return new DrillReport(rows, outcomes, failures.size());
    }

    private static DrillOutcome outcome(Drill drill, CapacityGrid grid) {
        int over = 0;
        int worstRow = -1;
        for (int i = 0; i < drill.utilization().length; i++) {
            double u = drill.utilization()[i];
            over += RowStatus.isOver(u) ? 1 : 0;
            if (worstRow < 0 || u > drill.utilization()[worstRow]) {
                worstRow = i;
            }
        }
        return new DrillOutcome(drill.failure(), drill.unserved(), over, worstRow < 0 ? null
                : grid.row(worstRow, drill.connections()[worstRow], drill.capacity()[worstRow],
                        drill.utilization()[worstRow]));
    }
}
