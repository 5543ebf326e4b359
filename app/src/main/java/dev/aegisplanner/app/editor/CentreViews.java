package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.backbone.BackboneCommands;
import dev.aegisplanner.app.backbone.BackboneView;
import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.present.CanvasLender;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.theme.Theme;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import dev.aegisplanner.app.editor.trace.TraceSession;
import dev.aegisplanner.app.map.MapPalette;
import dev.aegisplanner.app.map.MapView;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The middle of the window, three views of one document: the canvas, the world map and the backbone graph.
 * The map and the backbone show the trace the panel plays (the map moves the packet along it; the backbone
 * lights the route a forward to another location takes). The backbone view is built when first shown: its
 * viewer runs a timer of its own.
 */
final class CentreViews extends TabPane implements CanvasLender {

    /** The views, in tab order. */
    enum View {
        CANVAS("Canvas", MaterialDesignV.VECTOR_SQUARE, "Shortcut+Alt+1"),
        MAP("Map", MaterialDesignE.EARTH, "Shortcut+Alt+2"),
        BACKBONE("Backbone", MaterialDesignG.GRAPH_OUTLINE, "Shortcut+Alt+3");

        final String title;
        final Ikon icon;
        final String accelerator;

        View(String title, Ikon icon, String accelerator) {
            this.title = title;
            this.icon = icon;
            this.accelerator = accelerator;
        }
    }

    private final Map<View, Tab> tabs = new EnumMap<>(View.class);
    private final ThemeManager theme;
    /** Made when the Map tab is first shown: until then nothing is drawn on a map nobody looks at. */
    private MapView map;
    private final TopologyDocument document;
    private final SelectionModel selection;
    private TraceSession session;
    private BackboneView backbone;
    private TopologyCanvasView lentCanvas;

    CentreViews(TopologyCanvasView canvas, TopologyDocument document, SelectionModel selection, ThemeManager theme) {
        this.document = document;
        this.selection = selection;
        this.theme = theme;
        setId("centre-views");
        getStyleClass().add(Styles.CENTRE_VIEWS);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        add(View.CANVAS, canvas);
        add(View.MAP, new StackPane());
        add(View.BACKBONE, new StackPane());

        document.replacementsProperty().addListener((obs, old, now) -> {
            if (map != null) {
                map.fitToTopology();
            }
        });
        theme.themeProperty().addListener((obs, old, now) -> {
            if (map != null) {
                map.setPalette(palette(now));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == tabs.get(View.MAP) && map == null) {
                showMap();
            }
            if (now == tabs.get(View.BACKBONE) && backbone == null) {
                showBackbone();
            }
        });
    }

    /** Shows the session's trace on the map, its packet moving, and its backbone route on the backbone. */
    void follow(TraceSession traced) {
        this.session = traced;
        if (map != null) {
            followOnMap(traced);
        }
    }

    private void followOnMap(TraceSession traced) {
        map.traceProperty().bind(traced.traceProperty());
        map.packetPositionProperty().bind(traced.playback().positionProperty());
        traced.placesChangedProperty().addListener((obs, old, now) -> {
            if (traced.traceProperty().get() != null) {
                map.fitToTrace();
            }
        });
    }

    private void showMap() {
        map = new MapView();
        map.setId("map-view");
        map.setPalette(palette(theme.themeProperty().get()));
        map.topologyProperty().bind(document.topologyProperty());
        map.setOnLocationClicked(id -> selection.select(ElementRef.location(id)));
        if (session != null) {
            followOnMap(session);
        }
        tabs.get(View.MAP).setContent(map);
        map.fitToTopology();
        if (session != null && session.traceProperty().get() != null) {
            map.fitToTrace();
        }
    }

    private void add(View view, Node content) {
        Tab tab = new Tab(view.title, content);
        tab.setId("view-" + view.name().toLowerCase(Locale.ROOT));
        tab.setGraphic(Icons.of(view.icon));
        tabs.put(view, tab);
        getTabs().add(tab);
    }

    private void showBackbone() {
        backbone = new BackboneView();
        backbone.setId("backbone-view");
        BackboneCommands.connect(backbone, document.commands());
        if (session != null) {
            backbone.traceProperty().bind(session.traceProperty());
        }
        backbone.setOnLocationClicked(id -> selection.select(ElementRef.location(id)));
        backbone.setDarkTheme(theme.themeProperty().get() == Theme.DARK);
        theme.themeProperty().addListener((obs, old, now) -> backbone.setDarkTheme(now == Theme.DARK));
        tabs.get(View.BACKBONE).setContent(backbone);
    }

    private static MapPalette palette(Theme theme) {
        return theme == Theme.DARK ? MapPalette.DARK : MapPalette.LIGHT;
    }

    void show(View view) {
        getSelectionModel().select(tabs.get(view));
    }

    View shown() {
        return tabs.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).findFirst()
                .orElse(View.CANVAS);
    }

    /** The map, made now if it was not shown yet. */
    MapView map() {
        if (map == null) {
            showMap();
        }
        return map;
    }

    /** Lends the canvas to presentation mode; the Canvas tab is empty until it comes back. */
    @Override
    public TopologyCanvasView lend() {
        Tab tab = tabs.get(View.CANVAS);
        lentCanvas = (TopologyCanvasView) tab.getContent();
        tab.setContent(new StackPane());
        return lentCanvas;
    }

    @Override
    public void takeBack() {
        if (lentCanvas != null) {
            tabs.get(View.CANVAS).setContent(lentCanvas);
            lentCanvas = null;
        }
    }

    /** One radio item per view for the View menu, kept in step with the tabs. */
    List<MenuItem> menuItems() {
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        for (View view : View.values()) {
            RadioMenuItem item = new RadioMenuItem(view.title, Icons.of(view.icon));
            item.setId("menu-view-" + view.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setAccelerator(KeyCombination.valueOf(view.accelerator));
            item.setSelected(shown() == view);
            item.setOnAction(e -> show(view));
            tabs.get(view).selectedProperty().addListener((obs, was, now) -> item.setSelected(now));
            items.add(item);
        }
        return items;
    }

    /** Stops the backbone's layout thread. */
    void dispose() {
        if (backbone != null) {
            backbone.dispose();
        }
    }
}
