package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.capacity.CapacityReport;
import dev.aegisplanner.model.capacity.CapacityRow;
import dev.aegisplanner.model.capacity.DrillReport;
import dev.aegisplanner.model.capacity.DrillRow;
import dev.aegisplanner.model.capacity.ObservedComparison;
import dev.aegisplanner.model.capacity.Unlimited;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Family;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What {@code aegis capacity} prints, whatever the format: the report, the drills when asked, the observed
 * comparison when given, and the rows in reading order (worst first; with drills, by the worse of the plan and
 * its worst failure).
 */
record CapacityView(Topology topology, String title, CapacityReport report, DrillReport drills,
                    List<ObservedComparison.Row> observed) {

    /** A plan row with its drill row (null without drills). */
    record Line(CapacityRow row, DrillRow drill) {
        double worst() {
            return drill == null ? row.utilization() : Math.max(row.utilization(), drill.worstUtilization());
        }
    }

    boolean holds() {
        return report.holds() && (drills == null || drills.holds());
    }

    List<Line> lines() {
        List<Line> lines = new ArrayList<>(report.rows().size());
        for (int i = 0; i < report.rows().size(); i++) {
            lines.add(new Line(report.rows().get(i), drills == null ? null : drills.rows().get(i)));
        }
        lines.sort(Comparator.comparingDouble(Line::worst).reversed()
                .thenComparing(l -> l.row().location()).thenComparing(l -> l.row().dataCenter())
                .thenComparing(l -> l.row().address()).thenComparing(l -> l.row().origin()));
        return lines;
    }

    /** Demand on dedicated IPv4 addresses: what is neither unlimited nor unserved. */
    double dedicated() {
        return report.totalConnections() - unlimited(null) - report.unservedConnections();
    }

    /** Unlimited demand of a kind: IPv6 ({@code Family.IPV6}), shared ({@code null} family means all). */
    double unlimited(Family family) {
        return report.unlimited().stream().filter(u -> family == null || u.family() == family)
                .mapToDouble(Unlimited::connections).sum();
    }

    double shared() {
        return report.unlimited().stream().filter(u -> u.tier() == Tier.NO_AEGIS).mapToDouble(Unlimited::connections)
                .sum();
    }

    double ipv6() {
        return report.unlimited().stream().filter(u -> u.tier() != Tier.NO_AEGIS && u.family() == Family.IPV6)
                .mapToDouble(Unlimited::connections).sum();
    }

    /** "30,000", "12.5" where a fraction of a connection remains (an even split). */
    static String connections(double value) {
        double rounded = Math.rint(value);
        return Math.abs(value - rounded) < 0.05 ? String.format(Locale.ROOT, "%,.0f", rounded)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    /** "75.0 %", "inf %" for load on addresses without capacity. */
    static String percent(double fraction) {
        return Double.isInfinite(fraction) ? "no capacity" : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** "data center FRA-1", "location FRA". */
    static String failure(ElementRef element) {
        return (element.kind() == ElementKind.LOCATION ? "location " : "data center ") + element.id();
    }

    /** The JSON and CSV word: "location" or "dataCenter". */
    static String kind(ElementRef element) {
        return element.kind() == ElementKind.LOCATION ? "location" : "dataCenter";
    }
}
