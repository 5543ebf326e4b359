package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.app.render.Shade;
import dev.aegisplanner.app.render.Shading;
import dev.aegisplanner.app.render.UtilizationColors;
import dev.aegisplanner.app.render.scene.SceneServer;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.model.capacity.CapacityRow;
import dev.aegisplanner.model.capacity.DrillRow;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.capacity.StrandedDemand;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Capacity on the drawing: each data center with rows in the colour of its most utilized address (its
 * percentage on a pill), each server in the colour of the most utilized address it holds there; a data center
 * where demand is stranded striped in the unserved colour, which outranks any utilization. In a what-if, the
 * failed element is hatched grey.
 */
final class CapacityShading implements Shading {

    private static final Rgba FAILED = Rgba.web("#6e7781");

    /** Per data center, per address, the utilization shown. */
    private final Map<String, Map<String, Double>> utilization = new HashMap<>();
    private final Map<String, Shade> dataCenters = new HashMap<>();
    private final Map<String, Shade> servers = new HashMap<>();
    private final ElementRef failed;
    private final Set<String> failedDataCenters;

    /**
     * @param rows the rows to colour by, with the utilization each shows
     * @param failed the element a what-if takes down, or {@code null}
     * @param failedDataCenters the data centers it takes down (a location's, or its own)
     */
    private CapacityShading(Map<CapacityRow, Double> rows, List<StrandedDemand> stranded, ElementRef failed,
                            Set<String> failedDataCenters, String prefix) {
        this.failed = failed;
        this.failedDataCenters = failedDataCenters;
        Map<String, Double> worst = new HashMap<>();
        rows.forEach((row, shown) -> {
            if (row.capacity() == 0 && row.connections() == 0) {
                // No up server holds the address there (the data center is down, say): nothing to colour.
                return;
            }
            utilization.computeIfAbsent(row.dataCenter(), k -> new HashMap<>()).merge(row.address(), shown, Math::max);
            worst.merge(row.dataCenter(), shown, Math::max);
        });
        worst.forEach((dc, u) -> dataCenters.put(dc, utilizationShade(u, prefix + Figures.roundPercent(u))));
        Map<String, Double> strandedAt = new HashMap<>();
        stranded.stream().filter(s -> s.dataCenter() != null)
                .forEach(s -> strandedAt.merge(s.dataCenter(), s.connections(), Double::sum));
        strandedAt.forEach((dc, connections) -> dataCenters.put(dc, new Shade(UtilizationColors.UNSERVED,
                Figures.connections(connections) + " unserved", Shade.Mark.STRIPED)));
        failedDataCenters.forEach(dc -> dataCenters.put(dc, new Shade(FAILED, "fails", Shade.Mark.WHAT_IF_DOWN)));
    }

    /** The plan as analysed. */
    static CapacityShading of(List<CapacityRow> rows, List<StrandedDemand> stranded) {
        return new CapacityShading(byUtilization(rows), stranded, null, Set.of(), "");
    }

    /** A what-if: the rows with the element down, the element hatched. */
    static CapacityShading whatIf(List<CapacityRow> rows, List<StrandedDemand> stranded, ElementRef failed,
                                  Set<String> failedDataCenters) {
        return new CapacityShading(byUtilization(rows), stranded, failed, failedDataCenters, "");
    }

    /** N-1: each row at the worst any single failure takes it to. */
    static CapacityShading worstCase(List<DrillRow> rows, List<StrandedDemand> stranded) {
        Map<CapacityRow, Double> shown = new HashMap<>();
        rows.forEach(r -> shown.put(r.plan(), r.worstUtilization()));
        return new CapacityShading(shown, stranded, null, Set.of(), "N-1 ");
    }

    private static Map<CapacityRow, Double> byUtilization(List<CapacityRow> rows) {
        Map<CapacityRow, Double> shown = new HashMap<>();
        rows.forEach(r -> shown.put(r, r.utilization()));
        return shown;
    }

    private static Shade utilizationShade(double utilization, String label) {
        RowStatus status = RowStatus.of(utilization);
        return new Shade(UtilizationColors.of(status), label, status == RowStatus.OVER ? Shade.Mark.STRIPED
                : Shade.Mark.PLAIN);
    }

    @Override
    public Shade dataCenter(String id) {
        return dataCenters.get(id);
    }

    @Override
    public Shade server(SceneServer server) {
        if (failed != null && failed.kind() == ElementKind.SERVER && failed.id().equals(server.server().id())) {
            return new Shade(FAILED, null, Shade.Mark.WHAT_IF_DOWN);
        }
        if (failedDataCenters.contains(server.dataCenterId())) {
            return null;
        }
        Map<String, Double> held = utilization.get(server.dataCenterId());
        if (held == null || server.down() || server.server().egressIps().isEmpty()) {
            return null;
        }
        // Looked up once per server drawn, then kept: the shading lives as long as the analysis it shows.
        return servers.computeIfAbsent(server.server().id(), id -> {
            double worst = -1;
            for (String ip : server.server().egressIps()) {
                Double u = held.get(ip);
                worst = u != null ? Math.max(worst, u) : worst;
            }
            return worst < 0 ? null : utilizationShade(worst, null);
        });
    }
}
