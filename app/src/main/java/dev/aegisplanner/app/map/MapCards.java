package dev.aegisplanner.app.map;

import dev.aegisplanner.model.text.Counts;
import dev.aegisplanner.app.trace.TierPalette;
import dev.aegisplanner.model.engine.Check;
import dev.aegisplanner.model.engine.Endpoint;
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
 * legend, a card for the location under the pointer, and the map data's attribution. Cards are laid out
 * first ({@link Card} knows its bounds, so labels keep clear of it) and drawn last, over everything.
 */
final class MapCards {

    private static final double PAD = 10;
    private static final double MARGIN = 12;
    private static final double LEGEND_HEIGHT = 26;

    /** A laid-out card: where it goes and what it says. */
    record Card(double x, double y, double width, double height, List<Line> lines, Color accent) {
    }

    record Line(String text, Font font, Color colour) {

        double height() {
            return MapText.height(font) + 2;
        }
    }

    private enum Symbol { DOT, DIAMOND, LINE }

    private record LegendEntry(String text, Color colour, Symbol symbol) {

        double width() {
            return 16 + MapText.width(text, MapText.SMALL) + 12;
        }
    }

    private final GraphicsContext g;
    private final MapViewport view;
    private final MapPalette palette;

    MapCards(GraphicsContext g, MapViewport view, MapPalette palette) {
        this.g = g;
        this.view = view;
        this.palette = palette;
    }

    /** Top left: what the trace decided and why. */
    Card trace(TraceResult trace, Topology topology) {
        double width = Math.min(380, view.width() - 2 * MARGIN);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(TierHeadlines.of(trace.tier()), MapText.TITLE, palette.text()));
        lines.add(new Line("Ingress  " + describe(trace.ingress(), topology, false), MapText.BODY, palette.text()));
        lines.add(new Line(trace.egress() == null ? "Egress  none: a planning error"
                : "Egress  " + describe(trace.egress(), topology, true), MapText.BODY, palette.text()));
        if (!trace.checks().isEmpty()) {
            Check decisive = trace.decisiveCheck();
            String text = (decisive.passed() ? "\u2713 " : "\u2717 ") + decisive.name() + ": " + decisive.reason();
            for (String line : wrap(text, MapText.SMALL, width - 2 * PAD - 8)) {
                lines.add(new Line(line, MapText.SMALL, palette.muted()));
            }
        }
        return new Card(MARGIN, MARGIN, width, height(lines), lines, TierPalette.colour(trace.tier()));
    }

    /** A card beside a hovered location at (x, y): name, region, health, contents. */
    Card location(LocationSummary s, double x, double y) {
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
                new Line(Counts.of(s.dataCenters(), "data center") + " \u00b7 " + Counts.of(s.servers(), "server") + ", "
                        + s.serversUp() + " up", MapText.BODY, palette.muted()),
                new Line(Counts.of(s.egressIps(), "egress IP"), MapText.BODY, palette.muted()));
        double width = PAD * 2 + lines.stream().mapToDouble(line -> MapText.width(line.text(), line.font())).max().orElse(0);
        double height = height(lines);
        return new Card(Math.min(x + 14, view.width() - width - 4), Math.min(y + 14, view.height() - height - 4),
                width, height, lines, null);
    }

    void draw(Card card) {
        background(card.x(), card.y(), card.width(), card.height());
        double left = card.x() + PAD;
        if (card.accent() != null) {
            g.setFill(card.accent());
            g.fillRoundRect(card.x(), card.y(), 5, card.height(), 5, 5);
            left += 4;
        }
        double y = card.y() + PAD;
        for (Line line : card.lines()) {
            MapText.plain(g, line.text(), left, y, line.font(), line.colour());
            y += line.height();
        }
    }

    /**
     * Bottom left: the bounds of the legend, which says what the colours and symbols mean.
     *
     * @param path the colour of the path shown (its tier's), or null when there is none
     */
    double[] legendBounds(Color path) {
        double width = PAD + legend(path).stream().mapToDouble(LegendEntry::width).sum();
        return new double[] {MARGIN, view.height() - MARGIN - LEGEND_HEIGHT, width, LEGEND_HEIGHT};
    }

    void drawLegend(Color path) {
        double[] b = legendBounds(path);
        background(b[0], b[1], b[2], b[3]);
        double x = b[0] + PAD;
        double cy = b[1] + LEGEND_HEIGHT / 2;
        for (LegendEntry e : legend(path)) {
            switch (e.symbol()) {
                case DOT -> {
                    g.setFill(e.colour());
                    g.fillOval(x, cy - 5, 10, 10);
                }
                case DIAMOND -> MapMarkers.origin(g, x + 5, cy, palette);
                case LINE -> {
                    g.setStroke(e.colour());
                    g.setLineWidth(3);
                    g.strokeLine(x - 1, cy, x + 11, cy);
                }
            }
            MapText.plain(g, e.text(), x + 16, cy - 7, MapText.SMALL, palette.text());
            x += e.width();
        }
    }

    private List<LegendEntry> legend(Color path) {
        List<LegendEntry> entries = new ArrayList<>(List.of(new LegendEntry("Up", palette.up(), Symbol.DOT),
                new LegendEntry("Partly down", palette.partlyDown(), Symbol.DOT),
                new LegendEntry("Down", palette.down(), Symbol.DOT),
                new LegendEntry("Origin", palette.origin(), Symbol.DIAMOND)));
        if (path != null) {
            entries.add(new LegendEntry("Path", path, Symbol.LINE));
        }
        return entries;
    }

    void drawAttribution() {
        String text = "Map data: Natural Earth";
        double w = MapText.width(text, MapText.SMALL);
        MapText.haloed(g, text, view.width() - w - 8, view.height() - 18, MapText.SMALL, palette.muted(), palette.halo());
    }

    private String describe(Endpoint point, Topology topology, boolean withIp) {
        String location = topology.location(point.location()).map(Location::displayName).orElse(point.location());
        String text = point.server() + " \u00b7 " + point.dataCenter() + " \u00b7 " + location;
        return withIp && point.ip() != null ? text + " \u00b7 " + point.ip() : text;
    }

    private void background(double x, double y, double w, double h) {
        g.setFill(Color.rgb(0, 0, 0, 0.08));
        g.fillRoundRect(x + 1, y + 2, w, h, 10, 10);
        g.setFill(palette.card());
        g.fillRoundRect(x, y, w, h, 10, 10);
        g.setStroke(palette.cardBorder());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 10, 10);
    }

    private static double height(List<Line> lines) {
        return PAD * 2 + lines.stream().mapToDouble(Line::height).sum();
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
}
