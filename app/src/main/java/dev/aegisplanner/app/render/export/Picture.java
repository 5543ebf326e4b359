package dev.aegisplanner.app.render.export;

import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.app.cli.export.ExportFormat;
import dev.aegisplanner.app.cli.export.ExportOptions;
import dev.aegisplanner.app.render.CanvasPalette;
import dev.aegisplanner.app.render.PathOverlay;
import dev.aegisplanner.app.render.RenderState;
import dev.aegisplanner.app.render.TopologyRenderer;
import dev.aegisplanner.app.render.Viewport;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.surface.Java2DSurface;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.app.render.surface.SvgSurface;
import dev.aegisplanner.model.engine.ForwardingEngine;
import dev.aegisplanner.model.engine.Request;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.TierHeadlines;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Scenario;
import dev.aegisplanner.model.topology.Topology;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * The whole drawing of a topology as the editor draws it (its layout, or the automatic one where it has
 * none), fitted to a width in pixels or drawn at a scale, in the light or the dark theme, with a scenario's
 * path and a caption naming it when one is given. Drawn by the same {@link TopologyRenderer} as the canvas,
 * onto Java2D or SVG, so it needs no toolkit and no display. An SVG drawing draws every server in full (its
 * name, its chips) whatever the scale, so it reads when zoomed in; past {@link #SVG_FULL_DETAIL_SERVERS}
 * servers it draws them as the canvas does at that scale, so a planet stays a file of reasonable size.
 */
public final class Picture {

    public static final int DEFAULT_WIDTH = 1600;
    /** The smallest and largest scale a picture is drawn at: a planet fits in a few pixels per metro at the one. */
    public static final double MIN_SCALE = 0.01;
    public static final double MAX_SCALE_ASKED = 4;
    public static final int SVG_FULL_DETAIL_SERVERS = 5_000;
    /** No picture grows taller than this many pixels, whatever scale is asked. */
    public static final int MAX_HEIGHT = 24_000;
    private static final double MARGIN = 40;
    /** Small topologies are not blown up beyond this, which would only make the text huge. */
    private static final double MAX_SCALE = 1.5;
    /** A drawing far taller than wide is scaled down to this height rather than making an endless image. */
    private static final double MAX_HEIGHT_PER_WIDTH = 3;

    private final CanvasScene scene;
    private final Scenario scenario;
    private final TraceResult trace;
    private final int width;
    private final int height;
    private final Viewport viewport;
    private final CanvasPalette palette;

    private Picture(CanvasScene scene, Scenario scenario, TraceResult trace, int width, double scale, boolean dark) {
        this.scene = scene;
        this.scenario = scenario;
        this.trace = trace;
        this.width = width;
        this.palette = CanvasPalette.of(dark);
        LayoutBox bounds = scene.bounds();
        double top = MARGIN + (trace == null ? 0 : Caption.HEIGHT);
        this.height = (int) Math.ceil(bounds.h() * scale + top + MARGIN);
        if (height > MAX_HEIGHT) {
            throw new IllegalArgumentException("at that scale the picture would be " + String.format(java.util.Locale.ROOT,
                    "%,d", height) + " pixels tall; the most is " + String.format(java.util.Locale.ROOT, "%,d", MAX_HEIGHT));
        }
        this.viewport = new Viewport(Boxes.centerX(bounds) - width / 2.0 / scale, bounds.y() - top / scale, scale,
                width, height);
    }

    /** A picture of a width: the drawing fitted to it, not blown up past 150 %, nor taller than three widths. */
    private static Picture fitted(CanvasScene scene, Scenario scenario, TraceResult trace, int width, boolean dark) {
        checkWidth(width);
        LayoutBox bounds = scene.bounds();
        double top = MARGIN + (trace == null ? 0 : Caption.HEIGHT);
        double scale = Math.min(MAX_SCALE, (width - 2 * MARGIN) / Math.max(1, bounds.w()));
        double maxHeight = width * MAX_HEIGHT_PER_WIDTH;
        if (bounds.h() * scale + top + MARGIN > maxHeight) {
            scale = (maxHeight - top - MARGIN) / Math.max(1, bounds.h());
        }
        return new Picture(scene, scenario, trace, width, scale, dark);
    }

    /** A picture at a scale: as wide as the drawing is at it. */
    private static Picture scaled(CanvasScene scene, Scenario scenario, TraceResult trace, double scale, boolean dark) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE_ASKED)) {
            throw new IllegalArgumentException("the scale must be " + MIN_SCALE + " to " + MAX_SCALE_ASKED + ", not " + scale);
        }
        double width = Math.ceil(scene.bounds().w() * scale + 2 * MARGIN);
        if (width > ExportFormat.MAX_WIDTH) {
            throw new IllegalArgumentException("at scale " + scale + " the picture would be "
                    + String.format(java.util.Locale.ROOT, "%,.0f", width) + " pixels wide; the most is "
                    + String.format(java.util.Locale.ROOT, "%,d", ExportFormat.MAX_WIDTH)
                    + ": ask for a smaller scale or a width");
        }
        return new Picture(scene, scenario, trace, Math.max(ExportFormat.MIN_WIDTH, (int) width), scale, dark);
    }

    private static void checkWidth(int width) {
        if (width < ExportFormat.MIN_WIDTH || width > ExportFormat.MAX_WIDTH) {
            throw new IllegalArgumentException("width must be " + ExportFormat.MIN_WIDTH + " to "
                    + ExportFormat.MAX_WIDTH + " pixels: " + width);
        }
    }

    /**
     * The picture of a topology, with the path of {@code scenario} when it is not null.
     *
     * @throws dev.aegisplanner.model.engine.RequestException when the scenario's request cannot be traced
     */
    public static Picture of(Topology topology, Scenario scenario, int width) {
        return of(topology, new ExportOptions(scenario, width, null, false));
    }

    /**
     * The picture the options ask for: the scenario's path, at their width or scale (else the default width),
     * in their theme.
     *
     * @throws IllegalArgumentException when the size asked for is out of bounds, saying what the bounds are
     * @throws dev.aegisplanner.model.engine.RequestException when the scenario's request cannot be traced
     */
    public static Picture of(Topology topology, ExportOptions options) {
        Scenario scenario = options.scenario();
        TraceResult trace = scenario == null ? null : new ForwardingEngine(topology).trace(Request.of(scenario));
        CanvasScene scene = CanvasScene.of(topology);
        return options.scale() != null ? scaled(scene, scenario, trace, options.scale(), options.dark())
                : fitted(scene, scenario, trace, options.width() == null ? DEFAULT_WIDTH : options.width(), options.dark());
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The scale the drawing is at: pixels per canvas unit. */
    public double scale() {
        return viewport.scale();
    }

    /** Draws the picture; the surface's origin is its top left corner. */
    public void paint(Surface surface) {
        paint(surface, false);
    }

    private void paint(Surface surface, boolean everyServerInFull) {
        TopologyRenderer renderer = new TopologyRenderer();
        renderer.setEveryServerInFull(everyServerInFull);
        renderer.render(surface, scene, viewport, RenderState.plain(palette));
        if (trace != null) {
            renderer.renderPath(surface, scene, viewport, PathOverlay.complete(trace), palette);
            Caption.paint(surface, scenario, trace, palette, MARGIN, width);
        }
    }

    /** The picture as pixels, antialiased. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(new Java2DSurface(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as an SVG document, each location, data center, server and origin a group with its id. */
    public String toSvg() {
        SvgSurface svg = new SvgSurface(width, height);
        paint(svg, scene.serverCount() <= SVG_FULL_DETAIL_SERVERS);
        return svg.document(title(), description());
    }

    /** What the picture shows, in a line: the topology, and the scenario when there is one. */
    public String title() {
        String name = scene.topology().name();
        return scenario == null ? name : name + ": " + scenario.displayName();
    }

    public String description() {
        if (trace == null) {
            Topology t = scene.topology();
            return Counts.size(t) + ", drawn by Aegis Planner.";
        }
        return TierHeadlines.of(trace.tier()) + " (" + trace.tier() + "), drawn by Aegis Planner.";
    }
}
