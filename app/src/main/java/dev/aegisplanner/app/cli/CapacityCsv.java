package dev.aegisplanner.app.cli;

import dev.aegisplanner.model.capacity.CapacityRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code aegis capacity --csv}: one row per location, data center, address and origin IPv4:port, worst first
 * ({@code location,data_center,address,pool,origin,connections,capacity,utilization,headroom,status}); with
 * {@code --n-1} four more columns ({@code worst_utilization,worst_connections,worst_failure_kind,worst_failure}).
 * Utilization is a fraction, empty where load meets no capacity at all. Unserved and forwarded demand are in
 * the table and the JSON; a CSV holds one kind of row.
 */
final class CapacityCsv {

    private final PrintWriter out;

    CapacityCsv(PrintWriter out) {
        this.out = out;
    }

    void print(CapacityView view) {
        boolean drills = view.drills() != null;
        out.println("location,data_center,address,pool,origin,connections,capacity,utilization,headroom,status"
                + (drills ? ",worst_utilization,worst_connections,worst_failure_kind,worst_failure" : ""));
        for (CapacityView.Line line : view.lines()) {
            CapacityRow row = line.row();
            List<String> fields = new ArrayList<>(List.of(row.location(), row.dataCenter(), row.address(), row.pool(),
                    row.origin(), number(row.connections()), number(row.capacity()), number(row.utilization()),
                    number(row.headroom()), row.status().json()));
            if (drills) {
                fields.add(number(line.drill().worstUtilization()));
                fields.add(number(line.drill().worstConnections()));
                fields.add(line.drill().worstFailure() == null ? "" : CapacityView.kind(line.drill().worstFailure()));
                fields.add(line.drill().worstFailure() == null ? "" : line.drill().worstFailure().id());
            }
            out.println(String.join(",", fields.stream().map(CapacityCsv::quoted).toList()));
        }
        out.flush();
    }

    /** Plain digits a spreadsheet reads in any locale: {@code 12000}, {@code 0.75}; empty for infinity. */
    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String text = String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String quoted(String value) {
        if (value == null) {
            return "";
        }
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
