package dev.aegisplanner.app.editor.panels;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.edit.Catalog;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Origin;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Zone;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/** The tabs on the left: pools, zones, origins, backbone links, scenarios. Selecting an entry elsewhere brings its tab forward. */
public final class SidePanels extends TabPane {

    private final Map<ElementKind, Tab> tabs = new EnumMap<>(ElementKind.class);
    private java.util.function.Consumer<String> suggestPlacement = pool -> { };

    /** @param focusFields puts the keyboard in the property sheet's first field, once a new entry is selected */
    public SidePanels(TopologyDocument document, SelectionModel selection, Runnable focusFields) {
        setId("side-panels");
        // AtlantaFX's dense tabs: the five panels' names fit a column of a laptop-sized window.
        getStyleClass().addAll(Styles.SIDE_TABS, "dense");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        add(ElementKind.POOL, "Pools", () -> {
            PoolsView pools = new PoolsView(new PoolsViewModel(document, selection), focusFields);
            pools.setOnSuggestPlacement(pool -> suggestPlacement.accept(pool));
            return pools;
        });
        add(ElementKind.ZONE, "Zones", () -> new CatalogListView<>(new CatalogListViewModel<>(document,
                selection, Catalog.ZONES, NewEntries::zone, SidePanels::zoneDetail), "Hostnames and their pools", "zones", focusFields));
        add(ElementKind.ORIGIN, "Origins", () -> new CatalogListView<>(new CatalogListViewModel<>(
                document, selection, Catalog.ORIGINS, NewEntries::origin, SidePanels::originDetail),
                "Customer origin servers", "origins", focusFields));
        add(ElementKind.LINK, "Links", () -> new CatalogListView<>(
                new CatalogListViewModel<>(document, selection, Catalog.LINKS, NewEntries::link,
                        l -> l.from() + " to " + l.to() + ", " + l.latencyMs() + " ms"),
                "Backbone links between locations", "links", focusFields));
        add(ElementKind.SCENARIO, "Scenarios", () -> new CatalogListView<>(
                new CatalogListViewModel<>(document, selection, Catalog.SCENARIOS, NewEntries::scenario,
                        SidePanels::scenarioDetail), "Requests to trace", "scenarios", focusFields));
        selection.selectionProperty().addListener((obs, old, now) -> {
            if (selection.selected().size() == 1) {
                Tab tab = tabs.get(selection.selected().iterator().next().kind());
                if (tab != null) {
                    getSelectionModel().select(tab);
                }
            }
        });
    }

    /** What "Suggest Placement..." on a pool does, whenever the pools panel is made. */
    public void setOnSuggestPlacement(java.util.function.Consumer<String> handler) {
        suggestPlacement = handler;
    }

    /** A tab whose panel (and the panel's model, which follows every edit) is made when the tab is first shown. */
    private void add(ElementKind kind, String title, Supplier<Node> content) {
        Tab tab = LazyTab.of(title, content);
        tab.setTooltip(new Tooltip(title));
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        tabs.put(kind, tab);
        getTabs().add(tab);
    }

    /** Adds a panel that no element kind brings forward (demand), after the others; made when first shown. */
    public Tab addPanel(String id, String title, Supplier<Node> content) {
        Tab tab = LazyTab.of(title, content);
        tab.setTooltip(new Tooltip(title));
        tab.setId(id);
        getTabs().add(tab);
        return tab;
    }

    private static String zoneDetail(Zone z) {
        String pool = z.pool() == null ? "shared egress" : "pool " + z.pool();
        return z.regions().isEmpty() ? pool : pool + ", " + String.join(", ", z.regions());
    }

    private static String originDetail(Origin o) {
        StringJoiner parts = new StringJoiner(", ");
        if (o.ipv4() != null) {
            parts.add(o.ipv4());
        }
        if (o.ipv6() != null) {
            parts.add(o.ipv6());
        }
        return parts.length() == 0 ? "no address yet" : parts + " : " + o.port();
    }

    private static String scenarioDetail(Scenario s) {
        return s.zone() + " via " + s.ingressServer() + (s.expect() == null ? "" : ", expects " + s.expect());
    }
}
