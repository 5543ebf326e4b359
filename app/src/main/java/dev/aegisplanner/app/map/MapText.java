package dev.aegisplanner.app.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Text on the map canvas: measured, and drawn with a halo so it reads over land, sea and lines alike. */
final class MapText {

    static final Font LABEL = Font.font(Font.getDefault().getFamily(), FontWeight.SEMI_BOLD, 11);
    static final Font SMALL = Font.font(Font.getDefault().getFamily(), 10.5);
    static final Font BODY = Font.font(Font.getDefault().getFamily(), 12);
    static final Font TITLE = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);

    private static final Text MEASURE = new Text();

    private MapText() {
    }

    static double width(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    static double height(Font font) {
        return Math.ceil(font.getSize() * 1.3);
    }

    /** Text with its top-left corner at (x, y), outlined by {@code halo}. */
    static void haloed(GraphicsContext g, String text, double x, double y, Font font, Color fill, Color halo) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(3);
        g.setStroke(halo);
        g.strokeText(text, x, y);
        g.setFill(fill);
        g.fillText(text, x, y);
    }

    static void plain(GraphicsContext g, String text, double x, double y, Font font, Color fill) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(fill);
        g.fillText(text, x, y);
    }
}
