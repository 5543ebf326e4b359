package dev.aegisplanner.app.render.export;

import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.app.cli.export.ExportFormat;
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
 * none), fitted to a width in pixels, with a scenario's path and a caption naming it when one is given.
 * Drawn by the same {@link TopologyRenderer} as the canvas, onto Java2D or SVG, so it needs no toolkit and
 * no display.
 */
public final class Picture {

    public static final int DEFAULT_WIDTH = 1600;
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

    private Picture(Topology topology, Scenario scenario, TraceResult trace, int width) {
        if (width < ExportFormat.MIN_WIDTH || width > ExportFormat.MAX_WIDTH) {
            throw new IllegalArgumentException("width must be " + ExportFormat.MIN_WIDTH + " to "
                    + ExportFormat.MAX_WIDTH + " pixels: " + width);
        }
        this.scene = CanvasScene.of(topology);
        this.scenario = scenario;
        this.trace = trace;
        this.width = width;
        LayoutBox bounds = scene.bounds();
        double top = MARGIN + (trace == null ? 0 : Caption.HEIGHT);
        double scale = Math.min(MAX_SCALE, (width - 2 * MARGIN) / Math.max(1, bounds.w()));
        double contentHeight = bounds.h() * scale;
        double maxHeight = width * MAX_HEIGHT_PER_WIDTH;
        if (contentHeight + top + MARGIN > maxHeight) {
            scale = (maxHeight - top - MARGIN) / Math.max(1, bounds.h());
            contentHeight = bounds.h() * scale;
        }
        this.height = (int) Math.ceil(contentHeight + top + MARGIN);
        this.viewport = new Viewport(Boxes.centerX(bounds) - width / 2.0 / scale, bounds.y() - top / scale, scale,
                width, height);
    }

    /**
     * The picture of a topology, with the path of {@code scenario} when it is not null.
     *
     * @throws dev.aegisplanner.model.engine.RequestException when the scenario's request cannot be traced
     */
    public static Picture of(Topology topology, Scenario scenario, int width) {
        TraceResult trace = scenario == null ? null : new ForwardingEngine(topology).trace(Request.of(scenario));
        return new Picture(topology, scenario, trace, width);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Draws the picture; the surface's origin is its top left corner. */
    public void paint(Surface surface) {
        TopologyRenderer renderer = new TopologyRenderer();
        renderer.render(surface, scene, viewport, RenderState.plain(CanvasPalette.LIGHT));
        if (trace != null) {
            renderer.renderPath(surface, scene, viewport, PathOverlay.complete(trace), CanvasPalette.LIGHT);
            Caption.paint(surface, scenario, trace, CanvasPalette.LIGHT, MARGIN, width);
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
        paint(svg);
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
