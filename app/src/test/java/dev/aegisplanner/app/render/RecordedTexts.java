package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.Java2DSurface;
import dev.aegisplanner.app.render.surface.Surface;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A surface that draws with Java2D and writes down every text it is asked to draw, in order, so tests can
 * read what a planner would: which names and counts are on the picture, and which were cut short.
 */
final class RecordedTexts {

    final List<String> texts = new ArrayList<>();
    /** Where each text was drawn: its baseline, in the surface's units (canvas units when drawn through a viewport). */
    final List<Double> baselines = new ArrayList<>();
    final Surface surface;
    private final Graphics2D graphics;

    RecordedTexts(int width, int height) {
        graphics = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB).createGraphics();
        surface = RecordingSurface.over(new Java2DSurface(graphics), (method, args) -> {
            if (method.equals("fillText")) {
                texts.add((String) args[0]);
                baselines.add((Double) args[2]);
            }
        });
    }

    /** The texts drawn cut short with an ellipsis. */
    List<String> cut() {
        return texts.stream().filter(t -> t.endsWith("…")).toList();
    }

    void dispose() {
        graphics.dispose();
    }
}
