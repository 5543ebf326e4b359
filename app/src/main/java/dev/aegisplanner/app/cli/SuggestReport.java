package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.advisor.AddressPlacement;
import dev.aegisplanner.model.advisor.Move;
import dev.aegisplanner.model.advisor.PlanFigures;
import dev.aegisplanner.model.advisor.Suggestion;
import dev.aegisplanner.model.topology.Topology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/** The text summary of {@code suggest}: the verdict, the figures before and after, and what moves. */
final class SuggestReport {

    private final PrintWriter out;

    SuggestReport(PrintWriter out) {
        this.out = out;
    }

    void print(Topology topology, Suggestion s, Path written) {
        out.println("Placement of pool " + s.pool() + " (" + addresses(s.addressCount()) + ") in "
                + (topology.name() != null ? topology.name() : "the topology"));
        out.println(verdict(s));
        out.println();
        PlanFigures before = s.before();
        PlanFigures after = s.after();
        out.printf(Locale.ROOT, "%-40s %14s %14s%n", "", "before", "after");
        row("Mean latency (forward + origin)", ms(before.meanLatencyMs()), ms(after.meanLatencyMs()));
        row("Objective (connection-ms)", CapacityView.connections(before.objective()),
                CapacityView.connections(after.objective()));
        row("Forwarded to another location", CapacityView.percent(before.forwardedShare()),
                CapacityView.percent(after.forwardedShare()));
        row("Worst utilization", CapacityView.percent(before.worstUtilization()),
                CapacityView.percent(after.worstUtilization()));
        if (!Double.isNaN(s.worstUnderFailureAfter())) {
            row("Worst utilization, any single failure", CapacityView.percent(s.worstUnderFailureBefore()),
                    CapacityView.percent(s.worstUnderFailureAfter()));
        }
        row("Unserved connections", CapacityView.connections(before.unserved()),
                CapacityView.connections(after.unserved()));
        row("Locations holding an address", String.valueOf(before.locations()), String.valueOf(after.locations()));
        row("Data centers holding an address", String.valueOf(before.dataCenters()),
                String.valueOf(after.dataCenters()));
        out.println();
        out.println("Addresses");
        for (Move move : s.moves()) {
            out.printf(Locale.ROOT, "  %-16s %s%n", move.address(), moved(move, s));
        }
        out.println();
        out.println(written != null ? "Written to " + written + "."
                : "Nothing written: give -o FILE to write the topology with this placement.");
    }

    private static String addresses(int count) {
        return count == 1 ? "1 address" : count + " addresses";
    }

    private static String verdict(Suggestion s) {
        String time = String.format(Locale.ROOT, "%.1f s", s.seconds());
        if (s.optimal()) {
            return "Proven optimal in " + time + ".";
        }
        return String.format(Locale.ROOT, "Best found in %s, within %.2f %% of optimal (the time limit stopped the "
                + "search).", time, s.gap() * 100);
    }

    private void row(String label, String before, String after) {
        out.printf(Locale.ROOT, "%-40s %14s %14s%n", label, before, after);
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    /** "IAD -> FRA, AMS   FRA-1 51.2 %, AMS-1 48.8 %", "new -> FRA ...", "LHR -> (leaves the pool)". */
    private static String moved(Move move, Suggestion s) {
        String before = move.before().isEmpty() ? "nowhere" : String.join(", ", move.before());
        if (move.after().isEmpty()) {
            return before + " -> leaves the pool";
        }
        AddressPlacement placed = s.placement().addresses().stream().filter(a -> a.address().equals(move.address()))
                .findFirst().orElseThrow();
        String shares = placed.shares().entrySet().stream()
                .map(e -> e.getKey() + " " + CapacityView.percent(e.getValue()))
                .collect(Collectors.joining(", "));
        String arrow = move.changes() ? " -> " : " (stays) ";
        return String.format(Locale.ROOT, "%-36s %s", before + arrow + String.join(", ", placed.locations()), shares);
    }

}
