package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.analysis.CoverageChange.Kind;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.CoverageRow;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.validation.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "what changed" section of the coverage report: one aligned line per request whose tier or egress
 * location changed or whose ingress went down, then the count.
 * <pre>
 * What changed with FRA-1 down
 *   shop.example.com  ipv4  fra1-s1  SAME_SERVER -> ingress down       FRA -> -
 *   shop.example.com  ipv4  fra2-s1  SAME_LOCATION -> OTHER_LOCATION   FRA -> AMS
 * 2 of 9 requests changed: 1 rerouted, 1 lost its ingress.
 * </pre>
 */
final class CoverageChanges {

    private static final String NO_INGRESS = "ingress down";

    private final Set<String> down;
    private final List<String[]> lines = new ArrayList<>();
    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private int requestsBefore;

    CoverageChanges(Set<String> down) {
        this.down = down;
    }

    void add(ZoneCoverage after, CoverageDiff diff) {
        for (CoverageChange change : diff.changes()) {
            counts.merge(change.kind(), 1, Integer::sum);
            lines.add(new String[] {change.zone(), change.family().json(), change.ingress().server(),
                tier(change.before()) + " -> " + tier(change.after()),
                location(change.before()) + " -> " + location(change.after())});
        }
        requestsBefore += after.rows().size() + diff.count(Kind.INGRESS_DOWN) - diff.count(Kind.INGRESS_UP);
    }

    void print(PrintWriter out) {
        out.println(Printable.text("What changed with " + String.join(", ", down) + " down"));
        int[] widths = new int[5];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder(" ");
            for (int i = 0; i < line.length; i++) {
                text.append(' ').append(i == line.length - 1 ? line[i] : CoverageReport.pad(line[i], widths[i]) + " ");
            }
            out.println(Printable.text(text.toString()));
        }
        out.println(summary());
    }

    /** "2 of 9 requests changed: 1 rerouted, 1 lost its ingress." */
    private String summary() {
        if (lines.isEmpty()) {
            return "Nothing changed for the " + Plural.of(requestsBefore, "request")
                    + ": each reaches the same tier in the same location.";
        }
        List<String> parts = new ArrayList<>();
        int rerouted = counts.getOrDefault(Kind.REROUTED, 0);
        int lost = counts.getOrDefault(Kind.INGRESS_DOWN, 0);
        int gained = counts.getOrDefault(Kind.INGRESS_UP, 0);
        if (rerouted > 0) {
            parts.add(rerouted + " rerouted");
        }
        if (lost > 0) {
            parts.add(lost + (lost == 1 ? " lost its ingress" : " lost their ingress"));
        }
        if (gained > 0) {
            parts.add(gained + " gained an ingress");
        }
        return lines.size() + " of " + Plural.of(requestsBefore, "request") + " changed: " + String.join(", ", parts)
                + ".";
    }

    private static String tier(CoverageRow row) {
        return row == null ? NO_INGRESS : row.tier().name();
    }

    private static String location(CoverageRow row) {
        if (row == null) {
            return "-";
        }
        return row.egressLocation() == null ? "none" : row.egressLocation();
    }
}
