package dev.aegisplanner.app.canvas.render;

import static dev.aegisplanner.app.canvas.render.CanvasFonts.DATA_CENTER_SUBTITLE;
import static dev.aegisplanner.app.canvas.render.CanvasFonts.LOCATION_SUBTITLE;

import dev.aegisplanner.app.canvas.scene.SceneFrame;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.LayoutBox;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Location and data center frames in canvas units: a soft shadow, the rounded body, hatching when the
 * frame itself is down, and the header. The title keeps a legible size on screen while zooming out (it
 * grows in canvas units) for as long as the header can hold it; details (coordinates, counts, region, id)
 * are drawn only at their natural size. Further out, {@link LabelPainter} labels the locations instead.
 */
final class FramePainter {

    static final double MIN_TEXT_PIXELS = 7.5;
    /** The smallest on-screen size of a frame title; below it, the title grows in canvas units. */
    static final double MIN_TITLE_PIXELS = 11;
    static final double LOCATION_RADIUS = 14;
    static final double DATA_CENTER_RADIUS = 10;
    private static final double LOCATION_TITLE_UNITS = 17;
    private static final double DATA_CENTER_TITLE_UNITS = 13;
    private static final double TITLE_SHARE_OF_HEADER = 0.62;
    private static final Font TAG = Font.font(CanvasFonts.FAMILY, 11.5);
    private static final Font REGION = Font.font(CanvasFonts.FAMILY, FontWeight.BOLD, 10);

    /** The title size in canvas units for a frame at a zoom, or 0 when its header is too thin to carry one. */
    static double titleSize(boolean location, double scale) {
        double nominal = location ? LOCATION_TITLE_UNITS : DATA_CENTER_TITLE_UNITS;
        double header = location ? LayoutMetrics.LOCATION_HEADER : LayoutMetrics.DATA_CENTER_HEADER;
        double size = Math.max(nominal, MIN_TITLE_PIXELS / scale);
        return size <= header * TITLE_SHARE_OF_HEADER ? size : 0;
    }

    void location(GraphicsContext gc, SceneFrame frame, double scale, CanvasPalette p) {
        LayoutBox b = frame.box();
        double arc = 2 * LOCATION_RADIUS;
        if (tiny(b, scale)) {
            gc.setFill(frame.down() ? p.downText() : p.locationStroke());
            gc.fillRect(b.x(), b.y(), b.w(), b.h());
            return;
        }
        if (scale >= 0.15) {
            softShadow(gc, b, arc, p);
        }
        body(gc, frame, arc, frame.down() ? p.downFill() : p.locationFill(), frame.down() ? p.downText() : p.locationStroke(),
                scale, 1.2, 14, p);
        double size = titleSize(true, scale);
        if (size == 0) {
            return;
        }
        double left = b.x() + LayoutMetrics.LOCATION_PADDING;
        double right = b.x() + b.w() - LayoutMetrics.LOCATION_PADDING;
        boolean details = LOCATION_SUBTITLE.getSize() * scale >= MIN_TEXT_PIXELS;
        double baseline = details ? b.y() + 29 : b.y() + LayoutMetrics.LOCATION_HEADER / 2 + size * 0.36;
        double regionWidth = 0;
        if (details && frame.region() != null) {
            regionWidth = CanvasFonts.width(frame.region(), REGION) + 16;
            Shapes.pill(gc, frame.region(), REGION, right - regionWidth, b.y() + 23, 18,
                    frame.down() ? p.downFill() : p.pillFill(), frame.down() ? p.downText() : p.pillText());
        }
        double end = title(gc, frame, size, details, left, baseline, right - regionWidth - 8 - left - (frame.ownDown() ? 4 * size : 0),
                frame.down() ? p.downText() : p.text(), p);
        if (frame.ownDown()) {
            downPill(gc, end + size * 0.45, baseline - size * 0.35, size, p);
        }
        if (details) {
            text(gc, frame.subtitle(), LOCATION_SUBTITLE, left, b.y() + 44, right - left, p.mutedText());
        }
    }

    void dataCenter(GraphicsContext gc, SceneFrame frame, double scale, CanvasPalette p) {
        LayoutBox b = frame.box();
        double arc = 2 * DATA_CENTER_RADIUS;
        if (tiny(b, scale)) {
            gc.setFill(frame.down() ? p.hatch() : p.dataCenterStroke());
            gc.fillRect(b.x(), b.y(), b.w(), b.h());
            return;
        }
        body(gc, frame, arc, frame.down() ? p.downFill() : p.dataCenterFill(), frame.down() ? p.downText() : p.dataCenterStroke(),
                scale, 1, 12, p);
        double size = titleSize(false, scale);
        if (size == 0) {
            return;
        }
        double left = b.x() + LayoutMetrics.DATA_CENTER_PADDING;
        double right = b.x() + b.w() - LayoutMetrics.DATA_CENTER_PADDING;
        boolean details = DATA_CENTER_SUBTITLE.getSize() * scale >= MIN_TEXT_PIXELS;
        double baseline = details ? b.y() + 23 : b.y() + LayoutMetrics.DATA_CENTER_HEADER / 2 + size * 0.36;
        double countWidth = CanvasFonts.width(frame.subtitle(), DATA_CENTER_SUBTITLE);
        boolean showCount = details && right - left - countWidth > 90;
        double room = right - left - (showCount ? countWidth + 12 : 0) - (frame.ownDown() ? 4 * size : 0);
        double end = title(gc, frame, size, details, left, baseline, room, frame.down() ? p.downText() : p.text(), p);
        if (frame.ownDown()) {
            downPill(gc, end + size * 0.5, baseline - size * 0.35, size, p);
        }
        if (showCount) {
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setFont(DATA_CENTER_SUBTITLE);
            gc.setFill(p.mutedText());
            gc.fillText(frame.subtitle(), right, baseline);
            gc.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** A data center whose servers are too small to draw: a quiet block, with the pools deployed in it. */
    void aggregate(GraphicsContext gc, SceneFrame frame, double scale, CanvasPalette p, PoolColors colors) {
        if (frame.serverCount() == 0 || tiny(frame.box(), scale)) {
            return;
        }
        LayoutBox b = frame.box();
        double inset = LayoutMetrics.DATA_CENTER_PADDING;
        double x = b.x() + inset;
        double y = b.y() + LayoutMetrics.DATA_CENTER_HEADER;
        double w = Math.max(0, b.w() - 2 * inset);
        double h = Math.max(0, b.h() - LayoutMetrics.DATA_CENTER_HEADER - inset);
        gc.setFill(frame.down() ? p.hatch() : p.serverTop());
        gc.fillRect(x, y, w, h);
        double chip = Math.max(4 / scale, 10);
        if (chip * scale < 3) {
            return;
        }
        double cx = x;
        for (String pool : frame.pools()) {
            Color color = colors.of(pool);
            if (color == null || cx + chip > x + w) {
                continue;
            }
            gc.setFill(color);
            gc.fillRect(cx, y + h - chip, chip, chip);
            cx += chip * 1.25;
        }
    }

    /** A shadow that fades out below the frame: three faint layers, each a little lower and wider. */
    private static void softShadow(GraphicsContext gc, LayoutBox b, double arc, CanvasPalette p) {
        gc.setFill(p.shadow());
        for (int layer = 1; layer <= 3; layer++) {
            double spread = layer - 1;
            gc.fillRoundRect(b.x() - spread, b.y() + layer, b.w() + 2 * spread, b.h() + layer, arc + 2 * spread, arc + 2 * spread);
        }
    }

    /**
     * Whether a frame is so small on screen that its rounded corners, stroke and shadow cannot be seen:
     * drawn as one plain block, which the software renderer fills many times faster.
     */
    private static boolean tiny(LayoutBox b, double scale) {
        return Math.min(b.w(), b.h()) * scale < 10;
    }

    /** The rounded body; hatching keeps at least a few pixels between lines, so zooming out does not multiply them. */
    private static void body(GraphicsContext gc, SceneFrame frame, double arc, Color fill, Color stroke, double scale,
                             double lineUnits, double hatchSpacing, CanvasPalette p) {
        LayoutBox b = frame.box();
        double line = Math.max(lineUnits, 1 / scale);
        gc.setFill(fill);
        gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
        if (frame.ownDown()) {
            Shapes.hatch(gc, b.x(), b.y(), b.w(), b.h(), arc, p.hatch(), Math.max(hatchSpacing, 7 / scale), line);
        }
        gc.setStroke(stroke);
        gc.setLineWidth(line);
        gc.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
    }

    /** The title and, with the details, the id when the frame has a name of its own; returns where they end. */
    private static double title(GraphicsContext gc, SceneFrame frame, double size, boolean details, double x,
                                double baseline, double room, Color color, CanvasPalette p) {
        double end = text(gc, frame.title(), CanvasFonts.bold(size), x, baseline, room, color);
        if (details && frame.tag() != null && end + 40 < x + room) {
            end = text(gc, frame.tag(), TAG, end + 7, baseline, x + room - end - 7, p.mutedText());
        }
        return end;
    }

    private static void downPill(GraphicsContext gc, double x, double cy, double titleSize, CanvasPalette p) {
        Shapes.pill(gc, "DOWN", CanvasFonts.bold(titleSize * 0.5), x, cy, titleSize * 0.88, p.danger(), p.onBadge());
    }

    /** Draws text shortened to fit; returns where it ends. */
    private static double text(GraphicsContext gc, String text, Font font, double x, double baseline, double maxWidth,
                               Color color) {
        String fitted = CanvasFonts.fitted(text, font, Math.max(0, maxWidth));
        gc.setFont(font);
        gc.setFill(color);
        gc.fillText(fitted, x, baseline);
        return x + CanvasFonts.width(fitted, font);
    }
}
