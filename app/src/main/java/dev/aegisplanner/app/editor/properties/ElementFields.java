package dev.aegisplanner.app.editor.properties;

import dev.aegisplanner.app.editor.status.StatusBarViewModel;
import dev.aegisplanner.model.edit.PropertyEdits;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import java.util.Set;

/** Which fields the property sheet shows for a selection. */
public final class ElementFields {

    private static final Set<ElementKind> STRUCTURE = Set.of(ElementKind.LOCATION, ElementKind.DATA_CENTER, ElementKind.SERVER);

    private ElementFields() {
    }

    public static List<ElementField> of(ElementRef ref, Topology topology) {
        return switch (ref.kind()) {
            case LOCATION -> StructureFields.location(ref.id());
            case DATA_CENTER -> StructureFields.dataCenter(ref.id(), topology);
            case SERVER -> StructureFields.server(ref.id());
            case POOL -> CatalogFields.pool(ref.id());
            case ZONE -> CatalogFields.zone(ref.id());
            case ORIGIN -> CatalogFields.origin(ref.id());
            case LINK -> CatalogFields.link(ref.id());
            case SCENARIO -> CatalogFields.scenario(ref.id());
        };
    }

    /** Several elements: their common status when all of them have one, else nothing to edit together. */
    public static List<ElementField> ofAll(List<ElementRef> refs) {
        return refs.stream().allMatch(r -> STRUCTURE.contains(r.kind()))
                ? List.of(StructureFields.statusOfAll(refs)) : List.of();
    }

    /** Nothing selected: the document itself. */
    public static List<ElementField> ofDocument() {
        return List.of(
                ElementField.named("Name", "Document").reads(Topology::name)
                        .applies("the topology", PropertyEdits::setTopologyName).build(),
                ElementField.named("Description", "Document").reads(Topology::description)
                        .applies("the topology", PropertyEdits::setTopologyDescription).build(),
                ElementField.named("Contents", "Document").reads(ElementFields::contents).build());
    }

    private static String contents(Topology t) {
        return StatusBarViewModel.counts(t).replace(" \u00b7 ", ", ");
    }
}
