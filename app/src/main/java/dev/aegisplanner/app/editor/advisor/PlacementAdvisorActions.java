package dev.aegisplanner.app.editor.advisor;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.editor.theme.ThemeManager;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Pool;
import dev.aegisplanner.model.topology.Zone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * Where "Suggest Placement..." starts: the Plan menu (for the selected pool, else the first pool a zone uses) and
 * the pools panel's context menu (for that pool). The advisor runs on a thread of its own, so a long search never
 * holds up saving or opening, which share the editor's background worker.
 */
public final class PlacementAdvisorActions implements AutoCloseable {

    private final Window owner;
    private final TopologyDocument document;
    private final SelectionModel selection;
    private final ThemeManager theme;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aegis-placement-advisor");
        thread.setDaemon(true);
        return thread;
    });
    private SuggestPlacementDialog open;

    public PlacementAdvisorActions(Window owner, TopologyDocument document, SelectionModel selection,
                                   ThemeManager theme) {
        this.owner = owner;
        this.document = document;
        this.selection = selection;
        this.theme = theme;
    }

    /** The Plan menu. */
    public Menu menu() {
        MenuItem suggest = new MenuItem("Suggest Placement\u2026");
        suggest.setId("menu-suggest-placement");
        suggest.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+P"));
        suggest.setOnAction(event -> open(defaultPool()));
        Menu menu = new Menu("_Plan");
        menu.setId("menu-plan");
        menu.getItems().add(suggest);
        return menu;
    }

    /** Opens the dialog for a pool (or brings the open one forward). */
    public SuggestPlacementDialog open(String pool) {
        if (open != null && open.stage().isShowing()) {
            open.stage().toFront();
            return open;
        }
        SuggestPlacementModel model = new SuggestPlacementModel(document, pool, worker, Platform::runLater);
        open = new SuggestPlacementDialog(owner, model, theme);
        open.show();
        return open;
    }

    private String defaultPool() {
        for (ElementRef ref : selection.snapshot()) {
            if (ref.kind() == ElementKind.POOL) {
                return ref.id();
            }
        }
        return document.topology().zones().stream().map(Zone::pool).filter(java.util.Objects::nonNull).findFirst()
                .orElse(document.topology().pools().stream().map(Pool::id).findFirst().orElse(null));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
