package dev.aegisplanner.app.render;

import static dev.aegisplanner.app.render.CanvasFonts.DATA_CENTER_SUBTITLE;
import static dev.aegisplanner.app.render.CanvasFonts.LOCATION_SUBTITLE;

import dev.aegisplanner.app.render.scene.SceneFrame;
import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.app.render.surface.TextAlign;
import dev.aegisplanner.model.layout.LayoutMetrics;
import dev.aegisplanner.model.topology.LayoutBox;

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
    private static final FontSpec TAG = FontSpec.regular(11.5);
    private static final FontSpec REGION = FontSpec.bold(10);

    /** The title size in canvas units for a frame at a zoom, or 0 when its header is too thin to carry one. */
    static double titleSize(boolean location, double scale) {
        double nominal = location ? LOCATION_TITLE_UNITS : DATA_CENTER_TITLE_UNITS;
        double header = location ? LayoutMetrics.LOCATION_HEADER : LayoutMetrics.DATA_CENTER_HEADER;
        double size = Math.max(nominal, MIN_TITLE_PIXELS / scale);
        return size <= header * TITLE_SHARE_OF_HEADER ? size : 0;
    }

    /**
     * The part of a location's header its title takes, in canvas units (the header's height, from the left
     * edge to the end of the title's widest line), or null when the header is too thin to carry a title at this zoom.
     */
    static LayoutBox locationTitle(Surface s, SceneFrame frame, double scale) {
        HeaderTitle title = headerTitle(s, frame, scale);
        if (title == null) {
            return null;
        }
        LayoutBox b = frame.box();
        double size = title.size();
        return new LayoutBox(b.x(), b.y() - size * 0.2, LayoutMetrics.LOCATION_PADDING + title.width(s) + 8,
                LayoutMetrics.LOCATION_HEADER + size * 0.2);
    }

    /** A location's name set in its header beside the region's pill and the DOWN badge, or null when it has no title at this zoom. */
    private static HeaderTitle headerTitle(Surface s, SceneFrame frame, double scale) {
        double size = titleSize(true, scale);
        if (size == 0) {
            return null;
        }
        boolean details = LOCATION_SUBTITLE.size() * scale >= MIN_TEXT_PIXELS;
        return HeaderTitle.of(s, frame.title(), size, scale, titleRoom(frame, size, regionWidth(s, frame, details)), details);
    }

    /** The width a location's title may take: the header's, less the region's pill and the DOWN badge. */
    private static double titleRoom(SceneFrame frame, double size, double regionWidth) {
        return frame.box().w() - 2 * LayoutMetrics.LOCATION_PADDING - regionWidth - 8 - (frame.ownDown() ? 4 * size : 0);
    }

    private static double regionWidth(Surface s, SceneFrame frame, boolean details) {
        return details && frame.region() != null ? s.textWidth(frame.region(), REGION) + 16 : 0;
    }

    void location(Surface s, SceneFrame frame, double scale, CanvasPalette p) {
        LayoutBox b = frame.box();
        double arc = 2 * LOCATION_RADIUS;
        if (tiny(b, scale)) {
            s.setFill(frame.down() ? p.downText() : p.locationStroke());
            s.fillRect(b.x(), b.y(), b.w(), b.h());
            return;
        }
        if (scale >= 0.15) {
            softShadow(s, b, arc, p);
        }
        body(s, frame, arc, frame.down() ? p.downFill() : p.locationFill(), frame.down() ? p.downText() : p.locationStroke(),
                scale, 1.2, 14, p);
        double size = titleSize(true, scale);
        if (size == 0) {
            return;
        }
        double left = b.x() + LayoutMetrics.LOCATION_PADDING;
        double right = b.x() + b.w() - LayoutMetrics.LOCATION_PADDING;
        boolean details = LOCATION_SUBTITLE.size() * scale >= MIN_TEXT_PIXELS;
        double regionWidth = regionWidth(s, frame, details);
        if (regionWidth > 0) {
            Shapes.pill(s, frame.region(), REGION, right - regionWidth, b.y() + 23, 18,
                    frame.down() ? p.downFill() : p.pillFill(), frame.down() ? p.downText() : p.pillText());
        }
        double room = titleRoom(frame, size, regionWidth);
        HeaderTitle title = HeaderTitle.of(s, frame.title(), size, scale, room, details);
        s.setFont(title.font());
        s.setFill(frame.down() ? p.downText() : p.text());
        for (int line = 0; line < title.lines().size(); line++) {
            s.fillText(title.lines().get(line), left, b.y() + title.baseline(line));
        }
        String last = title.lines().get(title.lines().size() - 1);
        double end = left + s.textWidth(last, title.font());
        double baseline = b.y() + title.baseline(title.lines().size() - 1);
        end = idTag(s, frame, title.details(), end, baseline, left + room, p);
        if (frame.ownDown()) {
            downPill(s, end + title.size() * 0.45, baseline - title.size() * 0.35, title.size(), p);
        }
        if (title.details()) {
            s.setFont(LOCATION_SUBTITLE);
            s.setFill(p.mutedText());
            s.fillText(LocationDetails.fitted(s, frame, LOCATION_SUBTITLE, right - left), left, b.y() + 44);
        }
    }

    void dataCenter(Surface s, SceneFrame frame, double scale, CanvasPalette p) {
        LayoutBox b = frame.box();
        double arc = 2 * DATA_CENTER_RADIUS;
        if (tiny(b, scale)) {
            s.setFill(frame.down() ? p.hatch() : p.dataCenterStroke());
            s.fillRect(b.x(), b.y(), b.w(), b.h());
            return;
        }
        body(s, frame, arc, frame.down() ? p.downFill() : p.dataCenterFill(), frame.down() ? p.downText() : p.dataCenterStroke(),
                scale, 1, 12, p);
        double size = titleSize(false, scale);
        if (size == 0) {
            return;
        }
        double left = b.x() + LayoutMetrics.DATA_CENTER_PADDING;
        double right = b.x() + b.w() - LayoutMetrics.DATA_CENTER_PADDING;
        boolean details = DATA_CENTER_SUBTITLE.size() * scale >= MIN_TEXT_PIXELS;
        double baseline = details ? b.y() + 23 : b.y() + LayoutMetrics.DATA_CENTER_HEADER / 2 + size * 0.36;
        // The name comes first: the count (which the servers drawn below also show) gives way to it.
        double downWidth = frame.ownDown() ? 4 * size : 0;
        double countWidth = s.textWidth(frame.subtitle(), DATA_CENTER_SUBTITLE);
        double titleWidth = s.textWidth(frame.title(), CanvasFonts.bold(size));
        boolean showCount = details && right - left - countWidth - 12 - downWidth >= titleWidth;
        double room = right - left - (showCount ? countWidth + 12 : 0) - downWidth;
        double end = title(s, frame, size, details, left, baseline, room, frame.down() ? p.downText() : p.text(), p);
        if (frame.ownDown()) {
            downPill(s, end + size * 0.5, baseline - size * 0.35, size, p);
        }
        if (showCount) {
            s.setTextAlign(TextAlign.RIGHT);
            s.setFont(DATA_CENTER_SUBTITLE);
            s.setFill(p.mutedText());
            s.fillText(frame.subtitle(), right, baseline);
            s.setTextAlign(TextAlign.LEFT);
        }
    }

    /** A data center whose servers are too small to draw: a quiet block, with the pools deployed in it. */
    void aggregate(Surface s, SceneFrame frame, double scale, CanvasPalette p, PoolColors colors) {
        if (frame.serverCount() == 0 || tiny(frame.box(), scale)) {
            return;
        }
        LayoutBox b = frame.box();
        double inset = LayoutMetrics.DATA_CENTER_PADDING;
        double x = b.x() + inset;
        double y = b.y() + LayoutMetrics.DATA_CENTER_HEADER;
        double w = Math.max(0, b.w() - 2 * inset);
        double h = Math.max(0, b.h() - LayoutMetrics.DATA_CENTER_HEADER - inset);
        s.setFill(frame.down() ? p.hatch() : p.serverTop());
        s.fillRect(x, y, w, h);
        double chip = Math.max(4 / scale, 10);
        if (chip * scale < 3) {
            return;
        }
        double cx = x;
        for (String pool : frame.pools()) {
            Rgba color = colors.of(pool);
            if (color == null || cx + chip > x + w) {
                continue;
            }
            s.setFill(color);
            s.fillRect(cx, y + h - chip, chip, chip);
            cx += chip * 1.25;
        }
    }

    /** A shadow that fades out below the frame: three faint layers, each a little lower and wider. */
    private static void softShadow(Surface s, LayoutBox b, double arc, CanvasPalette p) {
        s.setFill(p.shadow());
        for (int layer = 1; layer <= 3; layer++) {
            double spread = layer - 1;
            s.fillRoundRect(b.x() - spread, b.y() + layer, b.w() + 2 * spread, b.h() + layer, arc + 2 * spread, arc + 2 * spread);
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
    private static void body(Surface s, SceneFrame frame, double arc, Rgba fill, Rgba stroke, double scale,
                             double lineUnits, double hatchSpacing, CanvasPalette p) {
        LayoutBox b = frame.box();
        double line = Math.max(lineUnits, 1 / scale);
        s.setFill(fill);
        s.fillRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
        if (frame.ownDown()) {
            Shapes.hatch(s, b.x(), b.y(), b.w(), b.h(), arc, p.hatch(), Math.max(hatchSpacing, 7 / scale), line);
        }
        s.setStroke(stroke);
        s.setLineWidth(line);
        s.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), arc, arc);
    }

    /** The title and, with the details, the id when the frame has a name of its own; returns where they end. */
    private static double title(Surface s, SceneFrame frame, double size, boolean details, double x,
                                double baseline, double room, Rgba color, CanvasPalette p) {
        double end = text(s, frame.title(), CanvasFonts.bold(size), x, baseline, room, color);
        return idTag(s, frame, details, end, baseline, x + room, p);
    }

    /** With the details, the id after a title ending at {@code end}, when there is room before {@code limit}. */
    private static double idTag(Surface s, SceneFrame frame, boolean details, double end, double baseline,
                                double limit, CanvasPalette p) {
        if (details && frame.tag() != null && end + 40 < limit) {
            return text(s, frame.tag(), TAG, end + 7, baseline, limit - end - 7, p.mutedText());
        }
        return end;
    }

    private static void downPill(Surface s, double x, double cy, double titleSize, CanvasPalette p) {
        Shapes.pill(s, "DOWN", CanvasFonts.bold(titleSize * 0.5), x, cy, titleSize * 0.88, p.danger(), p.onBadge());
    }

    /** Draws text shortened to fit; returns where it ends. */
    private static double text(Surface s, String text, FontSpec font, double x, double baseline, double maxWidth,
                               Rgba color) {
        String fitted = CanvasFonts.fitted(s, text, font, Math.max(0, maxWidth));
        s.setFont(font);
        s.setFill(color);
        s.fillText(fitted, x, baseline);
        return x + s.textWidth(fitted, font);
    }
}
