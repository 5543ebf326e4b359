package dev.aegisplanner.app.render.surface;

import dev.aegisplanner.model.topology.ElementRef;
import java.util.function.Consumer;

/**
 * What the renderer draws on: the operations its painters use, in the manner of a 2D graphics context (a
 * current fill, stroke, line width, font, alignment and transform; {@link #save()} and {@link #restore()}
 * around changes). The editor's canvas draws through a JavaFX implementation, image export through Java2D
 * and SVG, so the three show the same picture and the renderer never needs a toolkit.
 *
 * <p>Coordinates are drawing units under the current transform, a uniform scale and a translation: drawing
 * units for content, screen pixels for overlays. Rectangles are {@code (x, y, w, h)}; arcs of rounded
 * rectangles are diameters, as in JavaFX and Java2D.
 */
public interface Surface {

    void save();

    void restore();

    /** Replaces the transform: the point {@code (x, y)} lands at {@code (x * scale + tx, y * scale + ty)}. */
    void setTransform(double scale, double tx, double ty);

    void setFill(Rgba color);

    void setStroke(Rgba color);

    void setLineWidth(double width);

    /** Dash and gap lengths in turn; none for a solid line. */
    void setLineDashes(double... dashes);

    /** Multiplies the opacity of everything drawn after it (1 = as given). */
    void setGlobalAlpha(double alpha);

    void setFont(FontSpec font);

    void setTextAlign(TextAlign align);

    void setTextBaseline(TextBaseline baseline);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** An open arc of the ellipse in the box, in degrees counterclockwise from three o'clock. */
    void strokeArc(double x, double y, double w, double h, double startAngle, double extent);

    /** A cubic Bézier curve from {@code (x1, y1)} to {@code (x2, y2)} with two control points. */
    void strokeCurve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int points);

    void strokePolyline(double[] xs, double[] ys, int points);

    void fillText(String text, double x, double y);

    /** Limits drawing to a rounded rectangle (inside the current clip) until the next {@link #restore()}. */
    void clipRoundRect(double x, double y, double w, double h, double arc);

    /** The width of a text in a font, in the font's units (unaffected by the transform). */
    double textWidth(String text, FontSpec font);

    /**
     * Draws something that looks the same every time it is drawn with the same {@code key}, such as a server's
     * body: {@code drawing} paints the box {@code (0, 0, w, h)}, which lands at {@code (x, y)}. A raster surface
     * may draw it once per scale and copy the pixels; a vector surface may define it once and refer to it.
     *
     * @param key equal for drawings that are identical; compared with {@code equals}
     */
    void stamp(Object key, double x, double y, double w, double h, Consumer<Surface> drawing);

    /**
     * Says that what is drawn until the matching {@link #endGroup()} shows one element of the topology, so a
     * vector surface can group it under the element's id with its name as a tooltip. Others ignore it.
     */
    default void beginElement(ElementRef element, String title) {
    }

    /** Like {@link #beginElement} for a part of the picture that is no element, such as the forwarding path. */
    default void beginGroup(String id, String title) {
    }

    default void endGroup() {
    }
}
