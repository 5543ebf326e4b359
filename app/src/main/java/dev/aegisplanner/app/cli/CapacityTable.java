package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.DrillOutcome;
import dev.aegisplanner.model.capacity.Failover;
import dev.aegisplanner.model.capacity.Forward;
import dev.aegisplanner.model.capacity.ObservedComparison;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.capacity.Unlimited;
import dev.aegisplanner.model.capacity.Unserved;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The human form of {@code aegis capacity}: a summary of the demand, the rows worst first as a table (with
 * {@code --n-1}, each row's worst failure beside it), then what needs attention: unserved demand, failures that
 * hurt, demand forwarded to another location or moved by failover, demand that is never limited, and the rows
 * where observation and plan differ most. It ends with the verdict.
 */
final class CapacityTable {

    private static final int OBSERVED_SHOWN = 10;
    private static final int LIST_SHOWN = 20;

    private final PrintWriter out;
    private final TerminalColors colors;
    private final Integer top;

    CapacityTable(PrintWriter out, TerminalColors colors, Integer top) {
        this.out = out;
        this.colors = colors;
        this.top = top;
    }

    void print(CapacityView view) {
        CapacityReport report = view.report();
        out.println("Capacity of " + view.title() + " (" + Plural.size(view.topology()) + ")");
        StringBuilder demand = new StringBuilder("Demand ").append(CapacityView.connections(report.totalConnections()))
                .append(" connections: ").append(CapacityView.connections(view.dedicated()))
                .append(" on dedicated IPv4 addresses");
        part(demand, view.ipv6(), " IPv6");
        part(demand, view.shared(), " shared (NO_AEGIS)");
        part(demand, report.unservedConnections(), " unserved");
        out.println(demand);
        if (report.forwardedConnections() > 0) {
            out.println("Forwarded to another location: " + CapacityView.percent(report.forwardedShare())
                    + " of all demand, " + String.format(Locale.ROOT, "+%.1f ms", report.meanExtraLatencyMs())
                    + " on average");
        }
        out.println();
        rows(view);
        unserved(report);
        drills(view);
        forwards(report);
        failovers(report);
        unlimited(report);
        observed(view);
        out.println();
        out.println(view.holds() ? verdictHolds(view) : "The plan does not hold: "
                + CapacityCommand.verdict(report, view.drills()).substring("the plan does not hold: ".length()) + ".");
        out.flush();
    }

    private static void part(StringBuilder text, double connections, String what) {
        if (connections > 0) {
            text.append(", ").append(CapacityView.connections(connections)).append(what);
        }
    }

    private static String verdictHolds(CapacityView view) {
        return "The plan holds: every address at most 100 %, nothing unserved"
                + (view.drills() == null ? "." : ", under every single failure too ("
                + Plural.of(view.drills().drills(), "drill") + ").");
    }

    private void rows(CapacityView view) {
        List<CapacityView.Line> lines = view.lines();
        if (lines.isEmpty()) {
            out.println("No rows: no IPv4 demand reaches a dedicated address.");
            return;
        }
        List<CapacityView.Line> shown = top == null ? lines : lines.subList(0, Math.min(top, lines.size()));
        boolean drills = view.drills() != null;
        List<String[]> cells = new ArrayList<>();
        cells.add(drills ? new String[] {"LOCATION", "DATA CENTER", "ADDRESS", "ORIGIN", "CONNECTIONS", "CAPACITY",
            "UTILIZATION", "HEADROOM", "N-1 WORST", "FAILURE", "STATUS"}
            : new String[] {"LOCATION", "DATA CENTER", "ADDRESS", "ORIGIN", "CONNECTIONS", "CAPACITY", "UTILIZATION",
                "HEADROOM", "STATUS"});
        for (CapacityView.Line line : shown) {
            var row = line.row();
            List<String> fields = new ArrayList<>(List.of(row.location(), row.dataCenter(), row.address(), row.origin(),
                    CapacityView.connections(row.connections()), CapacityView.connections(row.capacity()),
                    CapacityView.percent(row.utilization()), CapacityView.connections(row.headroom())));
            if (drills) {
                fields.add(CapacityView.percent(line.drill().worstUtilization()));
                fields.add(line.drill().worstFailure() == null ? "-" : CapacityView.failure(line.drill().worstFailure()));
            }
            fields.add(status(line));
            cells.add(fields.toArray(String[]::new));
        }
        int[] widths = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        boolean[] right = new boolean[widths.length];
        for (int i = 4; i < (drills ? 9 : 8); i++) {
            right[i] = true;
        }
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder text = new StringBuilder();
            String[] row = cells.get(r);
            for (int i = 0; i < row.length; i++) {
                String padded = right[i] ? " ".repeat(widths[i] - row[i].length()) + row[i]
                        : i == row.length - 1 ? row[i] : row[i] + " ".repeat(widths[i] - row[i].length());
                text.append(i == 0 ? "" : "  ").append(r > 0 && i == row.length - 1 ? colors.paint(worst(row[i]), padded)
                        : padded);
            }
            out.println(text);
        }
        if (shown.size() < lines.size()) {
            out.println("... and " + Plural.of(lines.size() - shown.size(), "more row") + " (--top shows the worst "
                    + shown.size() + ")");
        }
    }

    /** The worst status a status cell names ("ok, over under N-1" is over). */
    private static RowStatus worst(String status) {
        return status.contains(RowStatus.OVER.json()) ? RowStatus.OVER
                : status.contains(RowStatus.WARN.json()) ? RowStatus.WARN : RowStatus.OK;
    }

    /** "over", or with drills "ok, over under N-1" when the plan is fine but a failure is not. */
    private static String status(CapacityView.Line line) {
        RowStatus plan = line.row().status();
        if (line.drill() == null || line.drill().worstStatus().compareTo(plan) <= 0) {
            return plan.json();
        }
        return plan.json() + ", " + line.drill().worstStatus().json() + " under N-1";
    }

    private void unserved(CapacityReport report) {
        if (report.unserved().isEmpty()) {
            return;
        }
        out.println();
        out.println("Unserved demand (a planning error)");
        for (Unserved u : report.unserved()) {
            out.println("  " + u.zone() + " -> " + u.origin() + "  " + u.family().json() + "  "
                    + CapacityView.connections(u.connections()) + " connections  " + (u.reason() == Unserved.Reason.NO_EGRESS
                    ? "NO_EGRESS: no server anywhere can egress" : "nowhere to land: no up location has an up server"));
        }
    }

    private void drills(CapacityView view) {
        if (view.drills() == null) {
            return;
        }
        out.println();
        List<DrillOutcome> failures = view.drills().failures();
        out.println("N-1: " + Plural.of(view.drills().drills(), "single failure") + " drilled, "
                + (failures.isEmpty() ? "none hurts" : failures.size() + " hurt"));
        for (DrillOutcome outcome : failures.subList(0, Math.min(LIST_SHOWN, failures.size()))) {
            StringBuilder line = new StringBuilder("  " + CapacityView.failure(outcome.failure()) + ": ");
            if (outcome.rowsOver() > 0) {
                var worst = outcome.worstRow();
                line.append(Plural.of(outcome.rowsOver(), "row")).append(" over, worst ").append(worst.dataCenter())
                        .append(' ').append(worst.address()).append(' ').append(worst.origin()).append(' ')
                        .append(CapacityView.percent(worst.utilization()));
            }
            if (outcome.unservedConnections() > 0) {
                line.append(outcome.rowsOver() > 0 ? "; " : "")
                        .append(CapacityView.connections(outcome.unservedConnections())).append(" connections unserved");
            }
            out.println(line);
        }
        more(failures.size(), "failure");
    }

    private void forwards(CapacityReport report) {
        if (report.forwards().isEmpty()) {
            return;
        }
        out.println();
        out.println("Forwarded to another location");
        List<Forward> forwards = report.forwards().stream()
                .sorted((a, b) -> Double.compare(b.connections(), a.connections())).toList();
        for (Forward f : forwards.subList(0, Math.min(LIST_SHOWN, forwards.size()))) {
            out.println("  " + f.from() + " -> " + f.to() + "  " + f.zone() + " -> " + f.origin() + "  "
                    + f.family().json() + "  " + CapacityView.connections(f.connections()) + " connections  "
                    + String.format(Locale.ROOT, "+%.1f ms", f.extraLatencyMs()));
        }
        more(forwards.size(), "forward");
    }

    private void failovers(CapacityReport report) {
        if (report.failovers().isEmpty()) {
            return;
        }
        out.println();
        out.println("Moved by failover (placed where nothing can take it)");
        for (Failover f : report.failovers().subList(0, Math.min(LIST_SHOWN, report.failovers().size()))) {
            out.println("  " + f.from() + " -> " + f.to() + "  " + f.zone() + " -> " + f.origin() + "  "
                    + f.family().json() + "  " + CapacityView.connections(f.connections()) + " connections");
        }
        more(report.failovers().size(), "failover");
    }

    private void unlimited(CapacityReport report) {
        if (report.unlimited().isEmpty()) {
            return;
        }
        out.println();
        out.println("Not limited by the plan (shared addresses, IPv6)");
        for (Unlimited u : report.unlimited().subList(0, Math.min(LIST_SHOWN, report.unlimited().size()))) {
            out.println("  " + u.zone() + " -> " + u.origin() + "  " + u.family().json() + "  " + u.tier() + "  "
                    + CapacityView.connections(u.connections()) + " connections");
        }
        more(report.unlimited().size(), "item");
    }

    private void observed(CapacityView view) {
        if (view.observed() == null) {
            return;
        }
        out.println();
        out.println("Observed beside planned (the rows that differ most)");
        List<ObservedComparison.Row> rows = view.observed();
        out.println(String.format(Locale.ROOT, "  %-8s  %-15s  %-20s  %9s  %12s  %12s  %10s", "LOCATION", "ADDRESS",
                "ORIGIN", "PLANNED", "OBSERVED AVG", "OBSERVED MAX", "DIFFERENCE"));
        for (ObservedComparison.Row row : rows.subList(0, Math.min(OBSERVED_SHOWN, rows.size()))) {
            out.println(String.format(Locale.ROOT, "  %-8s  %-15s  %-20s  %9s  %12s  %12s  %10s", row.location(),
                    row.address(), row.origin(), row.planned() == null ? "not planned" : CapacityView.percent(row.planned()),
                    row.observedAvg() == null ? "-" : CapacityView.percent(row.observedAvg()),
                    row.observedMax() == null ? "-" : CapacityView.percent(row.observedMax()),
                    Double.isInfinite(row.difference()) ? "-" : String.format(Locale.ROOT, "%+.1f pt", row.difference() * 100)));
        }
        if (rows.size() > OBSERVED_SHOWN) {
            out.println("  ... and " + Plural.of(rows.size() - OBSERVED_SHOWN, "more row") + " (--json lists them all)");
        }
    }

    private void more(int count, String noun) {
        if (count > LIST_SHOWN) {
            out.println("  ... and " + Plural.of(count - LIST_SHOWN, "more " + noun) + " (--json lists them all)");
        }
    }
}
