package dev.aegisplanner.app.render.surface;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes an SVG 1.1 document. The transform is applied to the coordinates as they are written, so the file
 * holds plain shapes in pixels; stamps become one definition each and a {@code <use>} per copy; elements of
 * the topology become groups with their id and a tooltip. Text is measured with the Java2D font the file
 * names first, so texts shortened to fit do fit.
 */
public final class SvgSurface extends StatefulSurface {

    private record Stamp(Object key, double scale) {
    }

    private final double width;
    private final double height;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Map<Stamp, String> stamps = new HashMap<>();
    /** Per saved state, how many clip groups were open when it was saved; restore closes the ones opened since. */
    private final Deque<Integer> savedClips = new ArrayDeque<>();
    private SvgMarkup out = new SvgMarkup(body);
    private int openClips;
    private int nextId;

    public SvgSurface(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The finished document, with a title and a description for screen readers and file browsers. */
    public String document(String title, String description) {
        while (anySaved()) {
            restore();
        }
        StringBuilder doc = new StringBuilder(body.length() + defs.length() + 1024);
        SvgMarkup m = new SvgMarkup(doc);
        m.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .raw(" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"")
                .attr("width", width).attr("height", height).raw(" viewBox=\"0 0 ").number(width).raw(" ")
                .number(height).raw("\"").attr("font-family", "'" + AwtFonts.FAMILY + "', sans-serif")
                .raw(" stroke-linecap=\"square\" stroke-miterlimit=\"10\" xml:space=\"preserve\">\n");
        m.raw("<title>").text(title).raw("</title>\n<desc>").text(description).raw("</desc>\n");
        if (!defs.isEmpty()) {
            m.raw("<defs>\n").raw(defs.toString()).raw("</defs>\n");
        }
        m.raw(body.toString()).raw("</svg>\n");
        return doc.toString();
    }

    @Override
    void saved() {
        savedClips.push(openClips);
    }

    @Override
    void restored() {
        int keep = savedClips.pop();
        for (; openClips > keep; openClips--) {
            out.raw("</g>\n");
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0);
        fillPaint();
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0);
        strokePaint();
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(x, y, w, h, arcWidth, arcHeight);
        fillPaint();
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(x, y, w, h, arcWidth, arcHeight);
        strokePaint();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h);
        fillPaint();
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h);
        strokePaint();
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        out.raw("<line").attr("x1", x(x1)).attr("y1", y(y1)).attr("x2", x(x2)).attr("y2", y(y2));
        strokePaint();
    }

    @Override
    public void strokeArc(double x, double y, double w, double h, double startAngle, double extent) {
        if (Math.abs(extent) >= 360) {
            strokeOval(x, y, w, h);
            return;
        }
        double cx = x + w / 2;
        double cy = y + h / 2;
        double a0 = Math.toRadians(startAngle);
        double a1 = Math.toRadians(startAngle + extent);
        // Angles run counterclockwise on screen (y grows downwards), which is SVG's sweep flag 0.
        out.raw("<path d=\"M").number(x(cx + w / 2 * Math.cos(a0))).raw(" ").number(y(cy - h / 2 * Math.sin(a0)))
                .raw(" A").number(w / 2 * state.scale).raw(" ").number(h / 2 * state.scale)
                .raw(Math.abs(extent) > 180 ? " 0 1 " : " 0 0 ").raw(extent > 0 ? "0 " : "1 ")
                .number(x(cx + w / 2 * Math.cos(a1))).raw(" ").number(y(cy - h / 2 * Math.sin(a1))).raw("\"");
        strokePaint();
    }

    @Override
    public void strokeCurve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2) {
        out.raw("<path d=\"M").number(x(x1)).raw(" ").number(y(y1)).raw(" C").number(x(cx1)).raw(" ").number(y(cy1))
                .raw(" ").number(x(cx2)).raw(" ").number(y(cy2)).raw(" ").number(x(x2)).raw(" ").number(y(y2)).raw("\"");
        strokePaint();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        points("polygon", xs, ys, points);
        fillPaint();
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        points("polyline", xs, ys, points);
        strokePaint();
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text.isEmpty()) {
            return;
        }
        FontSpec font = state.font;
        double baseline = state.baselineY(y, AwtFonts.ascent(font), AwtFonts.descent(font));
        out.raw("<text").attr("x", x(x)).attr("y", y(baseline)).attr("font-size", font.size() * state.scale);
        if (font.bold()) {
            out.raw(" font-weight=\"bold\"");
        }
        if (state.align != TextAlign.LEFT) {
            out.raw(state.align == TextAlign.CENTER ? " text-anchor=\"middle\"" : " text-anchor=\"end\"");
        }
        paint("fill", state.fill);
        out.raw(">").text(text).raw("</text>\n");
    }

    @Override
    public void clipRoundRect(double x, double y, double w, double h, double arc) {
        String id = "c" + nextId++;
        SvgMarkup clip = new SvgMarkup(defs).raw("<clipPath").attr("id", id).raw("><rect").attr("x", x(x))
                .attr("y", y(y)).attr("width", w * state.scale).attr("height", h * state.scale);
        if (arc > 0) {
            clip.attr("rx", arc / 2 * state.scale);
        }
        clip.raw("/></clipPath>\n");
        out.raw("<g clip-path=\"url(#").raw(id).raw(")\">\n");
        openClips++;
    }

    @Override
    public void stamp(Object key, double x, double y, double w, double h, Consumer<Surface> drawing) {
        Stamp stamp = new Stamp(key, state.scale);
        String id = stamps.get(stamp);
        if (id == null) {
            id = define(drawing);
            stamps.put(stamp, id);
        }
        out.raw("<use xlink:href=\"#").raw(id).raw("\"").attr("x", x(x)).attr("y", y(y)).raw("/>\n");
    }

    /** Draws a stamp once into the definitions, at the current scale with its origin at (0, 0). */
    private String define(Consumer<Surface> drawing) {
        String id = "s" + nextId++;
        StringBuilder definition = new StringBuilder();
        SvgMarkup outside = out;
        int clipsOutside = openClips;
        out = new SvgMarkup(definition);
        openClips = 0;
        save();
        setTransform(state.scale, 0, 0);
        drawing.accept(this);
        restore();
        out = outside;
        openClips = clipsOutside;
        new SvgMarkup(defs).raw("<g").attr("id", id).raw(">\n").raw(definition.toString()).raw("</g>\n");
        return id;
    }

    @Override
    public void beginElement(ElementRef element, String title) {
        beginGroup(element.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + element.id(), title);
    }

    @Override
    public void beginGroup(String id, String title) {
        out.raw("<g").attr("id", id).raw(">");
        if (title != null) {
            out.raw("<title>").text(title).raw("</title>");
        }
        out.raw("\n");
    }

    @Override
    public void endGroup() {
        out.raw("</g>\n");
    }

    private void rect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        out.raw("<rect").attr("x", x(x)).attr("y", y(y)).attr("width", w * state.scale).attr("height", h * state.scale);
        if (arcWidth > 0 && arcHeight > 0) {
            out.attr("rx", arcWidth / 2 * state.scale).attr("ry", arcHeight / 2 * state.scale);
        }
    }

    private void ellipse(double x, double y, double w, double h) {
        out.raw("<ellipse").attr("cx", x(x + w / 2)).attr("cy", y(y + h / 2)).attr("rx", w / 2 * state.scale)
                .attr("ry", h / 2 * state.scale);
    }

    private void points(String element, double[] xs, double[] ys, int points) {
        out.raw("<").raw(element).raw(" points=\"");
        for (int i = 0; i < points; i++) {
            out.raw(i == 0 ? "" : " ").number(x(xs[i])).raw(",").number(y(ys[i]));
        }
        out.raw("\"");
    }

    private void fillPaint() {
        paint("fill", state.fill);
        out.raw("/>\n");
    }

    private void strokePaint() {
        out.raw(" fill=\"none\"");
        paint("stroke", state.stroke);
        out.attr("stroke-width", state.lineWidth * state.scale);
        if (state.dashes != null) {
            out.raw(" stroke-dasharray=\"");
            for (int i = 0; i < state.dashes.length; i++) {
                out.raw(i == 0 ? "" : " ").number(state.dashes[i] * state.scale);
            }
            out.raw("\"");
        }
        out.raw("/>\n");
    }

    private void paint(String attribute, Rgba color) {
        out.raw(" ").raw(attribute).raw("=\"").raw(color.hex()).raw("\"");
        double opacity = color.opacity() * state.alpha;
        if (opacity < 1) {
            out.opacity(attribute + "-opacity", opacity);
        }
    }

    private double x(double x) {
        return x * state.scale + state.tx;
    }

    private double y(double y) {
        return y * state.scale + state.ty;
    }
}
