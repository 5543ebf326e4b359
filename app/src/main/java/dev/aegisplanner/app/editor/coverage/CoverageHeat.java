package dev.aegisplanner.app.editor.coverage;

import dev.aegisplanner.app.map.MapHeat;
import dev.aegisplanner.app.render.TierColors;
import dev.aegisplanner.model.analysis.CoverageSummary;
import dev.aegisplanner.model.analysis.ZoneCoverage;
import dev.aegisplanner.model.engine.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage on the map: around each location a ring with a segment per data center, in the farthest tier its
 * servers' requests reach, as long as its share of the location's ingress servers.
 */
final class CoverageHeat {

    private CoverageHeat() {
    }

    static MapHeat of(ZoneCoverage coverage) {
        Map<String, List<MapHeat.Segment>> rings = new LinkedHashMap<>();
        for (CoverageSummary dataCenter : coverage.byDataCenter()) {
            Tier farthest = Tier.NO_AEGIS;
            for (Tier tier : dataCenter.tiers().reached().keySet()) {
                farthest = tier.ordinal() > farthest.ordinal() ? tier : farthest;
            }
            rings.computeIfAbsent(dataCenter.location(), k -> new ArrayList<>())
                    .add(new MapHeat.Segment(TierColors.of(farthest), dataCenter.servers()));
        }
        Map<String, MapHeat.Mark> marks = new LinkedHashMap<>();
        rings.forEach((location, ring) -> marks.put(location,
                new MapHeat.Mark(0, ring.get(0).colour(), false, ring)));
        return new MapHeat(marks, 0);
    }
}
