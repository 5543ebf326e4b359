package dev.aegisplanner.app.editor.analysis;

import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/** Text that wraps onto more lines rather than being cut short when a panel is narrow (a laptop screen). */
public final class Wrapping {

    private Wrapping() {
    }

    public static <T extends Labeled> T of(T labeled) {
        labeled.setWrapText(true);
        labeled.setMinWidth(0);
        labeled.setMinHeight(Region.USE_PREF_SIZE);
        return labeled;
    }
}
