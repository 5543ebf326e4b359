package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.Java2DSurface;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.model.topology.LayoutBox;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A surface that draws with Java2D and writes down every rounded rectangle filled in screen pixels (no
 * scaling transform), in order: the labels drawn over the drawing (location and data center tags, the path's
 * names and leg labels) are such pills, so tests can see where each went and which was drawn last.
 */
final class RecordedPills {

    final List<LayoutBox> pills = new ArrayList<>();
    final Surface surface;
    private final Graphics2D graphics;
    private double scale = 1;

    RecordedPills(int width, int height) {
        graphics = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB).createGraphics();
        surface = RecordingSurface.over(new Java2DSurface(graphics), (method, args) -> {
            if (method.equals("setTransform")) {
                scale = (double) args[0];
            } else if (method.equals("fillRoundRect") && scale == 1) {
                pills.add(new LayoutBox((double) args[0], (double) args[1], (double) args[2], (double) args[3]));
            }
        });
    }

    /** The pills of a height (a tag's, say), in the order they were drawn. */
    List<LayoutBox> ofHeight(double height) {
        return pills.stream().filter(p -> Math.abs(p.h() - height) < 0.01).toList();
    }

    void dispose() {
        graphics.dispose();
    }
}
