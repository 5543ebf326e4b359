package dev.aegisplanner.app.editor.actions;

import dev.aegisplanner.app.canvas.CanvasTool;
import dev.aegisplanner.app.canvas.TopologyCanvasView;
import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;

/** The toolbar: files, canvas tools, undo and redo, zoom, theme. */
public final class ToolBarBuilder {

    private ToolBarBuilder() {
    }

    public static ToolBar build(EditorActions actions, TopologyCanvasView canvas) {
        ToolBar bar = new ToolBar();
        bar.setId("main-toolbar");
        bar.getStyleClass().add(Styles.MAIN_TOOLBAR);
        bar.getItems().addAll(Controls.toolButton(actions.newFile), Controls.toolButton(actions.open),
                Controls.toolButton(actions.save), separator());
        ToggleGroup tools = new ToggleGroup();
        List<CanvasTool> kinds = List.of(CanvasTool.SELECT, CanvasTool.ADD_LOCATION, CanvasTool.ADD_DATA_CENTER,
                CanvasTool.ADD_SERVER);
        for (int i = 0; i < kinds.size(); i++) {
            bar.getItems().add(toolToggle(actions.tools().get(i), kinds.get(i), canvas, tools));
        }
        bar.getItems().addAll(separator(), Controls.toolButton(actions.undo), Controls.toolButton(actions.redo),
                separator(), Controls.toolButton(actions.zoomOut), Controls.toolButton(actions.zoomIn),
                Controls.toolButton(actions.fit));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getItems().addAll(spacer, Controls.toolButton(actions.toggleTheme));
        return bar;
    }

    private static ToggleButton toolToggle(EditorAction action, CanvasTool tool, TopologyCanvasView canvas,
                                           ToggleGroup group) {
        ToggleButton button = new ToggleButton(null, Icons.of(action.icon()));
        button.setId("tool-" + action.id());
        button.setToggleGroup(group);
        button.getStyleClass().addAll(Styles.TOOL_BUTTON, Styles.FLAT_BUTTON);
        button.setTooltip(Controls.tooltip(action));
        button.setFocusTraversable(false);
        button.setSelected(canvas.toolProperty().get() == tool);
        canvas.toolProperty().addListener((obs, old, now) -> button.setSelected(now == tool));
        button.setOnAction(event -> {
            action.run();
            button.setSelected(canvas.toolProperty().get() == tool);
        });
        return button;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
