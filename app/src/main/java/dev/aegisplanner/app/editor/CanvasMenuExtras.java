package dev.aegisplanner.app.editor;

import dev.aegisplanner.app.canvas.CanvasContextMenu;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;

/**
 * What the window adds to the canvas's context menu: sending a request from a server (the trace panel plays
 * it), what a failure of the element would change (coverage, in the background), and its properties (the
 * sheet shown, its first field focused).
 */
final class CanvasMenuExtras implements CanvasContextMenu.Extras {

    private final TopologyDocument document;
    private final Consumer<String> sendFrom;
    private final WhatIfDown whatIf;
    private final Runnable properties;

    CanvasMenuExtras(TopologyDocument document, Consumer<String> sendFrom, WhatIfDown whatIf, Runnable properties) {
        this.document = document;
        this.sendFrom = sendFrom;
        this.whatIf = whatIf;
        this.properties = properties;
    }

    @Override
    public List<MenuItem> itemsFor(ElementRef element) {
        List<MenuItem> items = new ArrayList<>();
        if (element.kind() == ElementKind.SERVER) {
            items.add(item("Send Request from Here", "context-send-from-here", () -> sendFrom.accept(element.id())));
        }
        if (element.kind() == ElementKind.LOCATION || element.kind() == ElementKind.DATA_CENTER
                || element.kind() == ElementKind.SERVER) {
            items.add(item("What If It Were Down?", "context-what-if-down",
                    () -> whatIf.ask(document.topology(), element)));
        }
        items.add(item("Properties", "context-properties", properties));
        return items;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
