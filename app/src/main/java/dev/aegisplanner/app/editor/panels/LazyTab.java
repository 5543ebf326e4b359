package dev.aegisplanner.app.editor.panels;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;

/**
 * A tab whose content is made when the tab is first shown: the editor opens with only what is in view built, so
 * its first frame does not wait for panels nobody looked at (and they do not follow edits until they are seen).
 */
public final class LazyTab {

    private LazyTab() {
    }

    /** A tab that calls {@code content} once, the first time it is selected. */
    public static Tab of(String title, Supplier<? extends Node> content) {
        Tab tab = new Tab(title, new StackPane());
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
        return tab;
    }
}
