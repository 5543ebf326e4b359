package dev.aegisplanner.app.editor.panels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.EditorFixtures;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Zone;
import org.junit.jupiter.api.Test;

class CatalogListViewModelTest {

    private final TopologyDocument document = new TopologyDocument(EditorFixtures.fiveMetros(), null);
    private final SelectionModel selection = new SelectionModel();

    @Test
    void a_new_zone_uses_the_first_pool_and_is_selected_for_editing() {
        var zones = new CatalogListViewModel<>(document, selection, Catalog.ZONES, NewEntries::zone, Zone::id);

        assertThat(zones.add()).isTrue();

        assertThat(zones.rows()).extracting(CatalogListViewModel.Row::title).containsExactly("shop.example.com", "zone-1");
        assertThat(document.topology().zones().get(1).pool()).isEqualTo("acme");
        assertThat(zones.selectedIdProperty().get()).isEqualTo("zone-1");
    }

    @Test
    void a_new_scenario_is_filled_with_the_first_zone_origin_and_server() {
        var scenarios = new CatalogListViewModel<>(document, selection, Catalog.SCENARIOS, NewEntries::scenario,
                Scenario::zone);

        scenarios.add();

        Scenario created = document.topology().scenarios().get(1);
        assertThat(created.id()).isEqualTo("scenario-1");
        assertThat(created.zone()).isEqualTo("shop.example.com");
        assertThat(created.origin()).isEqualTo("acme-origin");
        assertThat(created.ingressServer()).isEqualTo("fra1-s1");
    }

    @Test
    void a_new_link_joins_the_first_pair_not_linked_with_a_latency_from_their_distance() {
        var links = new CatalogListViewModel<>(document, selection, Catalog.LINKS, NewEntries::link, Link::from);

        links.add();

        Link created = document.topology().links().get(1);
        assertThat(created.from()).isEqualTo("FRA");
        assertThat(created.to()).isEqualTo("LON");
        // 640 km great-circle, a route about twice that, 200 km per ms in fibre.
        assertThat(created.latencyMs()).isBetween(6.0, 7.0);
    }

    @Test
    void removing_is_undoable_and_the_list_follows() {
        var scenarios = new CatalogListViewModel<>(document, selection, Catalog.SCENARIOS, NewEntries::scenario,
                Scenario::zone);

        scenarios.remove(document.topology().scenarios().get(0));
        assertThat(scenarios.rows()).isEmpty();

        document.commands().undo();
        assertThat(scenarios.rows()).hasSize(1);
    }

    @Test
    void the_list_follows_the_selection() {
        var zones = new CatalogListViewModel<>(document, selection, Catalog.ZONES, NewEntries::zone, Zone::id);

        selection.select(new ElementRef(ElementKind.ZONE, "shop.example.com"));
        assertThat(zones.selectedIdProperty().get()).isEqualTo("shop.example.com");

        selection.select(ElementRef.server("fra1-s1"));
        assertThat(zones.selectedIdProperty().get()).isNull();
    }
}
