package dev.aegisplanner.app.editor;

import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.edit.CatalogEdits;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Map;

/**
 * Edit-menu commands on the selection. What is drawn (locations, data centers, servers) the canvas edits;
 * what lives in the side panels (pools, zones, origins, links, scenarios) is deleted here, in one step.
 */
final class SelectionEdits {

    private static final Map<ElementKind, Catalog<?>> CATALOGS = Map.of(
            ElementKind.POOL, Catalog.POOLS, ElementKind.ZONE, Catalog.ZONES, ElementKind.ORIGIN, Catalog.ORIGINS,
            ElementKind.LINK, Catalog.LINKS, ElementKind.SCENARIO, Catalog.SCENARIOS);

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final TopologyCanvasView canvas;

    SelectionEdits(TopologyDocument document, SelectionModel selection, TopologyCanvasView canvas) {
        this.document = document;
        this.selection = selection;
        this.canvas = canvas;
    }

    void delete() {
        List<ElementRef> entries = selection.selected().stream().filter(r -> CATALOGS.containsKey(r.kind())).toList();
        if (entries.isEmpty()) {
            canvas.deleteSelection();
            return;
        }
        String label = entries.size() == 1 ? "Delete " + entries.get(0) : "Delete " + Counts.number(entries.size()) + " entries";
        document.commands().execute(label, t -> {
            Topology next = t;
            for (ElementRef ref : entries) {
                next = CatalogEdits.remove(next, CATALOGS.get(ref.kind()), ref.id());
            }
            return next;
        });
        selection.clear();
    }
}
