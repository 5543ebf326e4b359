package dev.aegisplanner.app.editor.coverage;

import dev.aegisplanner.app.render.Shade;
import dev.aegisplanner.app.render.Shading;
import dev.aegisplanner.app.render.TierColors;
import dev.aegisplanner.app.render.scene.SceneServer;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.model.analysis.CoverageChange;
import dev.aegisplanner.model.analysis.CoverageDiff;
import dev.aegisplanner.model.analysis.CoverageRow;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Coverage on the drawing, in the tier palette: each server a request can enter on in the colour of the tier its
 * requests reach, each data center in the farthest tier any of its servers reaches (where the plan is weakest),
 * labelled with it and, for a forward, where to. With a what-if, what it takes down is hatched grey and every
 * server whose requests moved has a dashed ring. Built off the FX thread with the coverage; drawing only looks up.
 */
final class CoverageShading implements Shading {

    private static final Rgba DOWN = Rgba.web("#6e7781");
    private static final Shade DOWN_SHADE = new Shade(DOWN, "down (what-if)", Shade.Mark.WHAT_IF_DOWN);
    private static final Map<Tier, Shade> PLAIN = shades(Shade.Mark.PLAIN);
    private static final Map<Tier, Shade> CHANGED = shades(Shade.Mark.CHANGED);

    private final Map<String, Shade> dataCenters = new HashMap<>();
    private final Map<String, Shade> servers = new HashMap<>();

    private CoverageShading() {
    }

    /**
     * @param down the ids the what-if takes down (empty without one)
     * @param diff what the what-if changed, or {@code null}
     */
    static CoverageShading of(Topology topology, ZoneCoverage shown, Set<String> down, CoverageDiff diff) {
        CoverageShading shading = new CoverageShading();
        Set<String> moved = new HashSet<>();
        if (diff != null) {
            for (CoverageChange change : diff.changes()) {
                if (change.kind() == CoverageChange.Kind.REROUTED) {
                    moved.add(change.ingress().server());
                }
            }
        }
        Map<String, CoverageRow> worst = new HashMap<>();
        for (CoverageRow row : shown.rows()) {
            String server = row.ingressServer();
            shading.servers.put(server, (moved.contains(server) ? CHANGED : PLAIN).get(row.tier()));
            worst.merge(row.ingress().dataCenter(), row, (a, b) -> b.tier().ordinal() > a.tier().ordinal() ? b : a);
        }
        worst.forEach((dc, row) -> shading.dataCenters.put(dc, new Shade(TierColors.of(row.tier()), label(row),
                row.tier() == Tier.NO_EGRESS ? Shade.Mark.STRIPED : Shade.Mark.PLAIN)));
        if (!down.isEmpty()) {
            shading.markDown(topology, down);
        }
        return shading;
    }

    /** What the what-if takes down, and everything inside it, hatched grey. */
    private void markDown(Topology topology, Set<String> down) {
        for (Location location : topology.locations()) {
            boolean locationDown = down.contains(location.id());
            for (DataCenter dataCenter : location.dataCenters()) {
                boolean dataCenterDown = locationDown || down.contains(dataCenter.id());
                if (dataCenterDown) {
                    dataCenters.put(dataCenter.id(), DOWN_SHADE);
                }
                for (Server server : dataCenter.servers()) {
                    if (dataCenterDown || down.contains(server.id())) {
                        servers.put(server.id(), DOWN_SHADE);
                    }
                }
            }
        }
    }

    /** "Same server", or for a forward "Other location → FRA". */
    private static String label(CoverageRow row) {
        String tier = TierPalette.label(row.tier());
        return row.tier() == Tier.OTHER_LOCATION && row.egressLocation() != null
                ? tier + " \u2192 " + row.egressLocation() : tier;
    }

    private static Map<Tier, Shade> shades(Shade.Mark mark) {
        Map<Tier, Shade> shades = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            shades.put(tier, new Shade(TierColors.of(tier), null, tier == Tier.NO_EGRESS && mark == Shade.Mark.PLAIN
                    ? Shade.Mark.STRIPED : mark));
        }
        return shades;
    }

    @Override
    public Shade dataCenter(String id) {
        return dataCenters.get(id);
    }

    @Override
    public Shade server(SceneServer server) {
        return servers.get(server.server().id());
    }
}
