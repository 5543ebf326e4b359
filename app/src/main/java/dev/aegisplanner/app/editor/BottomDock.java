package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.editor.panels.LazyTab;
import dev.aegisplanner.app.editor.problems.ProblemsViewModel;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The panels under the centre views: the trace and the problems, as tabs; the Problems tab counts them. An
 * analysis panel added later joins the window's scene when its tab is first shown: its hundreds of controls would
 * otherwise be skinned, styled and laid out before the window's first frame.
 */
final class BottomDock extends TabPane {

    private final Tab trace;
    private final Tab problems;

    BottomDock(Node tracePanel, Node problemsPanel, ProblemsViewModel counts) {
        setId("bottom-dock");
        getStyleClass().add(Styles.BOTTOM_DOCK);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        trace = new Tab("Trace", tracePanel);
        trace.setId("tab-trace");
        trace.setGraphic(Icons.of(MaterialDesignS.SIGN_DIRECTION));
        problems = new Tab(null, problemsPanel);
        problems.setId("tab-problems");
        problems.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        problems.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = counts.errorCountProperty().get() + counts.warningCountProperty().get();
            return n == 0 ? "Problems" : "Problems (" + n + ")";
        }, counts.errorCountProperty(), counts.warningCountProperty()));
        getTabs().addAll(trace, problems);
    }

    /** Adds a panel as a tab after the others; returns the tab so the caller can follow its selection. */
    Tab add(String id, String title, Ikon icon, Node content) {
        Tab tab = LazyTab.of(title, () -> content);
        tab.setId(id);
        tab.setGraphic(Icons.of(icon));
        getTabs().add(tab);
        return tab;
    }

    void show(Tab tab) {
        getSelectionModel().select(tab);
    }

    void showTrace() {
        getSelectionModel().select(trace);
    }

    void showProblems() {
        getSelectionModel().select(problems);
    }
}
