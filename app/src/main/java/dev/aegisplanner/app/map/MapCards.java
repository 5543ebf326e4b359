package dev.aegisplanner.app.map;

import dev.aegisplanner.model.engine.Check;
import dev.aegisplanner.model.engine.Endpoint;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.export.TierHeadlines;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The text panels drawn on the map, so an exported image explains itself: the trace's tier and reason, the
 * legend, a card for the location under the pointer, and the map data's attribution.
 */
final class MapCards {

    private static final double PAD = 10;
    private static final double MARGIN = 12;

    private final GraphicsContext g;
    private final MapViewport view;
    private final MapPalette palette;

    MapCards(GraphicsContext g, MapViewport view, MapPalette palette) {
        this.g = g;
        this.view = view;
        this.palette = palette;
    }

    /** Top left: what the trace decided and why. Returns the card's bounds so labels keep clear of it. */
    double[] trace(TraceResult trace, Topology topology) {
        double width = Math.min(380, view.width() - 2 * MARGIN);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(TierHeadlines.of(trace.tier()), MapText.TITLE, palette.text()));
        lines.add(new Line("Ingress  " + describe(trace.ingress(), topology, false), MapText.BODY, palette.text()));
        lines.add(new Line(trace.egress() == null ? "Egress  none: a planning error"
                : "Egress  " + describe(trace.egress(), topology, true), MapText.BODY, palette.text()));
        Check decisive = trace.checks().isEmpty() ? null : trace.decisiveCheck();
        if (decisive != null) {
            String text = (decisive.passed() ? "\u2713 " : "\u2717 ") + decisive.name() + ": " + decisive.reason();
            for (String line : wrap(text, MapText.SMALL, width - 2 * PAD - 8)) {
                lines.add(new Line(line, MapText.SMALL, palette.muted()));
            }
        }
        double height = PAD * 2 + lines.stream().mapToDouble(l -> MapText.height(l.font()) + 2).sum();
        card(MARGIN, MARGIN, width, height);
        g.setFill(tierColour(trace.tier()));
        g.fillRoundRect(MARGIN, MARGIN, 5, height, 5, 5);
        double y = MARGIN + PAD;
        for (Line line : lines) {
            MapText.plain(g, line.text(), MARGIN + PAD + 4, y, line.font(), line.colour());
            y += MapText.height(line.font()) + 2;
        }
        return new double[] {MARGIN, MARGIN, width, height};
    }

    /** Bottom left: what the colours and symbols mean. */
    double[] legend(boolean withPath) {
        List<Object[]> entries = new ArrayList<>(List.of(
                new Object[] {"Up", palette.up()}, new Object[] {"Partly down", palette.partlyDown()},
                new Object[] {"Down", palette.down()}, new Object[] {"Origin", palette.origin()}));
        if (withPath) {
            entries.add(new Object[] {"Path", palette.pathDone()});
        }
        double width = PAD;
        for (Object[] e : entries) {
            width += 16 + MapText.width((String) e[0], MapText.SMALL) + 12;
        }
        double height = 26;
        double x = MARGIN;
        double y = view.height() - MARGIN - height;
        card(x, y, width, height);
        double cx = x + PAD;
        for (Object[] e : entries) {
            Color colour = (Color) e[1];
            double cy = y + height / 2;
            if ("Origin".equals(e[0])) {
                MapMarkers.origin(g, cx + 5, cy, palette);
            } else if ("Path".equals(e[0])) {
                g.setStroke(colour);
                g.setLineWidth(3);
                g.strokeLine(cx - 1, cy, cx + 11, cy);
            } else {
                g.setFill(colour);
                g.fillOval(cx, cy - 5, 10, 10);
            }
            MapText.plain(g, (String) e[0], cx + 16, cy - 7, MapText.SMALL, palette.text());
            cx += 16 + MapText.width((String) e[0], MapText.SMALL) + 12;
        }
        return new double[] {x, y, width, height};
    }

    void attribution() {
        String text = "Map data: Natural Earth";
        double w = MapText.width(text, MapText.SMALL);
        MapText.haloed(g, text, view.width() - w - 8, view.height() - 18, MapText.SMALL, palette.muted(), palette.halo());
    }

    /** A card beside a hovered location: name, region, health, contents. */
    void location(LocationSummary s, double x, double y) {
        Location l = s.location();
        String title = l.displayName().equals(l.id()) ? l.id() : l.displayName() + " (" + l.id() + ")";
        String health = switch (s.health()) {
            case UP -> "up";
            case PARTLY_DOWN -> "partly down";
            case DOWN -> "down";
        };
        List<Line> lines = List.of(
                new Line(title, MapText.TITLE, palette.text()),
                new Line((l.region() == null ? "No region" : "Region " + l.region()) + " \u00b7 " + health,
                        MapText.BODY, palette.text()),
                new Line(s.dataCenters() + " data center" + (s.dataCenters() == 1 ? "" : "s") + " \u00b7 "
                        + s.servers() + " server" + (s.servers() == 1 ? "" : "s") + ", " + s.serversUp() + " up",
                        MapText.BODY, palette.muted()),
                new Line(s.egressIps() + " egress IP" + (s.egressIps() == 1 ? "" : "s"), MapText.BODY, palette.muted()));
        double width = PAD * 2 + lines.stream().mapToDouble(line -> MapText.width(line.text(), line.font())).max().orElse(0);
        double height = PAD * 2 + lines.stream().mapToDouble(line -> MapText.height(line.font()) + 2).sum();
        double left = Math.min(x + 14, view.width() - width - 4);
        double top = Math.min(y + 14, view.height() - height - 4);
        card(left, top, width, height);
        double ty = top + PAD;
        for (Line line : lines) {
            MapText.plain(g, line.text(), left + PAD, ty, line.font(), line.colour());
            ty += MapText.height(line.font()) + 2;
        }
    }

    private String describe(Endpoint point, Topology topology, boolean withIp) {
        String location = topology.location(point.location()).map(Location::displayName).orElse(point.location());
        String text = point.server() + " \u00b7 " + point.dataCenter() + " \u00b7 " + location;
        return withIp && point.ip() != null ? text + " \u00b7 " + point.ip() : text;
    }

    private Color tierColour(Tier tier) {
        return switch (tier) {
            case NO_EGRESS -> palette.failure();
            case NO_AEGIS -> palette.muted();
            case SAME_SERVER, IPV6_GLOBAL -> palette.up();
            case SAME_DATA_CENTER, SAME_LOCATION, OTHER_LOCATION -> palette.pathDone();
        };
    }

    private void card(double x, double y, double w, double h) {
        g.setFill(Color.rgb(0, 0, 0, 0.08));
        g.fillRoundRect(x + 1, y + 2, w, h, 10, 10);
        g.setFill(palette.card());
        g.fillRoundRect(x, y, w, h, 10, 10);
        g.setStroke(palette.cardBorder());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 10, 10);
    }

    static List<String> wrap(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && MapText.width(candidate, font) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private record Line(String text, Font font, Color colour) {
    }
}
