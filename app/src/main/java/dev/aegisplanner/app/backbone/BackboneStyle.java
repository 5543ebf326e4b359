package dev.aegisplanner.app.backbone;

import dev.aegisplanner.app.render.TierColors;
import dev.aegisplanner.model.engine.Tier;
import java.util.Locale;

/**
 * The backbone graph's GraphStream style sheet, in the light or the dark theme (the colours of the canvas and
 * the map), with nodes sized for how many there are. What a trace passes (the backbone route of a forward,
 * else where it enters and leaves) takes the trace's tier colour, as the path does everywhere else; its
 * neighbourhood keeps full strength while the rest of the graph fades; a label marked quiet is not drawn (it
 * would cover a more important one at this zoom).
 */
final class BackboneStyle {

    /** Past this many locations nodes are drawn smaller, so a continent's worth stays apart. */
    static final int MANY = 40;

    private record Colours(String background, String text, String textBackground, String muted, String link,
                           String up, String partly, String down, String stroke) {
    }

    private static final Colours LIGHT = new Colours("#f6f8fa", "#1f2328", "#ffffffd9", "#656d76", "#8c9bab",
            "#2e9d5b", "#e69500", "#d64541", "#ffffff");
    private static final Colours DARK = new Colours("#0d1117", "#e6edf3", "#161b22d9", "#8b949e", "#56667a",
            "#3fbf74", "#f2a93b", "#ef6461", "#0d1117");

    private BackboneStyle() {
    }

    /** @param tier the tier of the trace shown, whose colour its route takes; null when there is none */
    static String of(boolean dark, int nodes, Tier tier) {
        Colours c = dark ? DARK : LIGHT;
        String route = TierColors.hex(tier == null ? Tier.OTHER_LOCATION : tier);
        // On the light page the route's names are the tier's colour; on the dark one, the page's text colour.
        String routeText = dark ? c.text() : route;
        boolean many = nodes > MANY;
        int size = many ? 10 : 16;
        int text = many ? 11 : 13;
        return String.format(Locale.ROOT, """
                graph { fill-color: %1$s; padding: 56px; }
                node {
                    size: %2$dpx; fill-color: %3$s; stroke-mode: plain; stroke-color: %4$s; stroke-width: %5$s;
                    text-size: %6$dpx; text-style: bold; text-color: %7$s; text-alignment: under; text-offset: 0px, 3px;
                    text-background-mode: rounded-box; text-background-color: %8$s; text-padding: 2px; z-index: 2;
                }
                node.partly { fill-color: %9$s; }
                node.down { fill-color: %10$s; text-color: %11$s; }
                node.near { z-index: 3; }
                node.faded { fill-color: %12$s44; text-color: %11$s; z-index: 1; }
                node.route { size: %13$dpx; fill-color: %14$s; stroke-color: %4$s; stroke-width: 2px; text-color: %15$s; z-index: 4; }
                node.quiet { text-mode: hidden; z-index: 1; }
                node:clicked { stroke-color: #2f81f7; stroke-width: 3px; }
                node:selected { stroke-color: #2f81f7; stroke-width: 3px; }
                edge {
                    size: %16$s; fill-color: %12$s; arrow-shape: none; text-size: %17$dpx; text-color: %11$s;
                    text-alignment: along; text-background-mode: rounded-box; text-background-color: %8$s;
                    text-padding: 1px; z-index: 0;
                }
                edge.down { fill-color: %12$s55; }
                edge.near { fill-color: %12$s; size: 1.5px; }
                edge.faded { fill-color: %12$s30; }
                edge.route { size: 4px; fill-color: %14$s; text-size: %6$dpx; text-style: bold; text-color: %15$s; z-index: 1; }
                edge.quiet { text-mode: hidden; }
                """, c.background(), size, c.up(), c.stroke(), many ? "1px" : "2px", text, c.text(), c.textBackground(),
                c.partly(), c.down(), c.muted(), c.link(), size + 6, route, routeText, many ? "1.2px" : "1.5px",
                text - 2);
    }
}
