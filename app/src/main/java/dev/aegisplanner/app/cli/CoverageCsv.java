package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.analysis.CoverageChange.Kind;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.CoverageRow;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.engine.Endpoint;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coverage as CSV (RFC 4180), one row per zone, family and ingress server, for spreadsheets and scripts.
 * The egress columns are empty for {@code NO_EGRESS}, the IP also for a shared address ({@code NO_AEGIS}).
 *
 * <p>With {@code --down} the rows describe the topology with the elements down, and three columns say what
 * that changed: {@code change} ({@code rerouted}, {@code ingress down}, or empty), and the tier and egress
 * location before. A request whose ingress server went down has no place among the servers that are up,
 * so its row follows the zone's others, with empty tier and egress.
 */
final class CoverageCsv implements CoverageOutput {

    private static final String HEADER = "zone,family,ingress_server,ingress_data_center,ingress_location,"
            + "tier,egress_server,egress_data_center,egress_location,egress_ip";
    private static final String CHANGE_HEADER = ",change,tier_before,egress_location_before";

    private final PrintWriter out;
    private final boolean withChanges;

    CoverageCsv(PrintWriter out, boolean withChanges) {
        this.out = out;
        this.withChanges = withChanges;
        out.println(withChanges ? HEADER + CHANGE_HEADER : HEADER);
    }

    @Override
    public void zone(ZoneCoverage coverage, CoverageDiff diff) {
        Map<String, CoverageChange> changes = new HashMap<>();
        if (diff != null) {
            diff.changes().forEach(change -> changes.put(change.ingress().server(), change));
        }
        for (CoverageRow row : coverage.rows()) {
            List<String> fields = fields(row, row);
            if (withChanges) {
                CoverageChange change = changes.get(row.ingressServer());
                fields.addAll(change == null ? before(row, null) : before(change.before(), change.kind()));
            }
            print(fields);
        }
        if (diff != null) {
            for (CoverageChange change : diff.changes()) {
                if (change.kind() == Kind.INGRESS_DOWN) {
                    List<String> fields = fields(change.before(), null);
                    fields.addAll(before(change.before(), Kind.INGRESS_DOWN));
                    print(fields);
                }
            }
        }
        out.flush();
    }

    @Override
    public void finish() {
        out.flush();
    }

    /** The request's columns, with the tier and egress of {@code outcome} (none when it is null). */
    private static List<String> fields(CoverageRow request, CoverageRow outcome) {
        Endpoint in = request.ingress();
        Endpoint egress = outcome == null || outcome.egress() == null
                ? new Endpoint(null, null, null, null) : outcome.egress();
        List<String> fields = new ArrayList<>(13);
        fields.addAll(List.of(request.zone(), request.family().json(), in.server(), in.dataCenter(), in.location()));
        fields.add(outcome == null ? null : outcome.tier().name());
        fields.add(egress.server());
        fields.add(egress.dataCenter());
        fields.add(egress.location());
        fields.add(egress.ip());
        return fields;
    }

    /** The change columns; a row nothing changed for was the same before, and {@code before} null means up only now. */
    private static List<String> before(CoverageRow before, Kind change) {
        List<String> fields = new ArrayList<>(3);
        fields.add(change == null ? null : change.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        fields.add(before == null ? null : before.tier().name());
        fields.add(before == null ? null : before.egressLocation());
        return fields;
    }

    private void print(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(fields.get(i)));
        }
        out.println(line);
    }

    /** Empty for null; quoted, with quotes doubled, when the value holds a comma, a quote or a line break. */
    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
