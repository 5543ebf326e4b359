package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.surface.Java2DSurface;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.SvgSurface;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The renderer draws the same picture on any surface, headless, and the path in its tier's colour. */
class TopologyRendererTest {

    private static final int W = 1200;
    private static final int H = 500;

    private final Topology retailer = Samples.read("global-retailer.json");
    private final CanvasScene scene = CanvasScene.of(retailer);
    private final Viewport view = new Viewport(0, 0, 1, W, H).fitting(scene.bounds(), 20, 1.5);
    private final TopologyRenderer renderer = new TopologyRenderer();

    @Test
    void theDrawingFillsThePageWithTheBackgroundAndDrawsTheFrames() {
        BufferedImage image = draw(null);

        assertThat(image.getRGB(1, 1) & 0xffffff).isEqualTo(CanvasPalette.LIGHT.background().argb() & 0xffffff);
        assertThat(count(image, CanvasPalette.LIGHT.locationFill())).isGreaterThan(10_000);
    }

    @Test
    void aPathIsDrawnInItsTiersColour() {
        TraceResult trace = Samples.trace(retailer, "pay-sin");

        assertThat(count(draw(null), TierColors.of(trace.tier()))).isZero();
        assertThat(count(draw(trace), TierColors.of(trace.tier()))).isGreaterThan(500);
    }

    @Test
    void everyElementDrawnIsNamedInTheVectorDrawing() {
        SvgSurface svg = new SvgSurface(W, H);
        renderer.render(svg, scene, view, RenderState.plain(CanvasPalette.LIGHT));
        String document = svg.document("t", "d");

        retailer.locations().forEach(l -> assertThat(document).contains("id=\"location-" + l.id() + "\""));
        retailer.dataCenters().forEach(d -> assertThat(document).contains("id=\"data-center-" + d.id() + "\""));
        retailer.servers().forEach(s -> assertThat(document).contains("id=\"server-" + s.id() + "\""));
        retailer.origins().forEach(o -> assertThat(document).contains("id=\"origin-" + o.id() + "\""));
    }

    private BufferedImage draw(TraceResult trace) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Java2DSurface surface = new Java2DSurface(g);
        renderer.render(surface, scene, view, RenderState.plain(CanvasPalette.LIGHT));
        if (trace != null) {
            renderer.renderPath(surface, scene, view, PathOverlay.complete(trace), CanvasPalette.LIGHT);
        }
        g.dispose();
        return image;
    }

    private static long count(BufferedImage image, Rgba color) {
        int rgb = color.argb() & 0xffffff;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
