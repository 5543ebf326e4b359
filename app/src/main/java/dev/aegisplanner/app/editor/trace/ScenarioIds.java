package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.edit.CatalogEdits;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.text.Normalizer;
import java.util.Locale;

/** Ids for scenarios saved from the trace panel: made from the name, so the file stays readable. */
final class ScenarioIds {

    private ScenarioIds() {
    }

    /** "Shop from fra1-s2" becomes {@code shop-from-fra1-s2}, or {@code shop-from-fra1-s2-2} when that is taken. */
    static String fromName(Topology topology, String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-+|-+$)", "");
        String base = slug.isEmpty() ? "scenario" : slug;
        String id = base;
        for (int n = 2; Catalog.SCENARIOS.contains(topology, id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static Topology add(Topology topology, Scenario scenario) {
        return CatalogEdits.add(topology, Catalog.SCENARIOS, scenario);
    }
}
