package dev.aegisplanner.app.editor.theme;

import javafx.scene.layout.Region;

/**
 * The width a wrapping text measures its lines at. Containers such as a combo box or ControlsFX's property sheet
 * ask for a height without a width (-1), which a wrapping text answers as one long line; answering for the width
 * the text was last laid out at instead lets its container grow to the lines it really takes.
 */
public final class WrapWidth {

    private WrapWidth() {
    }

    /** The width to measure a height at: the one asked for, or when none was, the one the region has. */
    public static double of(Region wrapping, double asked) {
        return asked < 0 && wrapping.getWidth() > 0 ? wrapping.getWidth() : asked;
    }
}
