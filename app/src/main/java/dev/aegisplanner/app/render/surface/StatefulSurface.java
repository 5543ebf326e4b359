package dev.aegisplanner.app.render.surface;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * A surface that keeps its current settings itself ({@link DrawingState}), as the Java2D and SVG surfaces
 * must: neither a {@code Graphics2D} nor a document holds a fill and a stroke at once, or an alignment. The
 * subclasses draw with {@link #state} and hear of saves, restores and transform changes.
 */
abstract class StatefulSurface implements Surface {

    DrawingState state = new DrawingState();
    private final Deque<DrawingState> saved = new ArrayDeque<>();

    /** After {@link #save()}: keep whatever else a restore must bring back. */
    abstract void saved();

    /** After {@link #restore()} has brought the state back. */
    abstract void restored();

    /** After the transform in {@link #state} changed. */
    void transformed() {
    }

    boolean anySaved() {
        return !saved.isEmpty();
    }

    @Override
    public final void save() {
        saved.push(state);
        state = state.copy();
        saved();
    }

    @Override
    public final void restore() {
        if (saved.isEmpty()) {
            return;
        }
        state = saved.pop();
        restored();
    }

    @Override
    public final void setTransform(double scale, double tx, double ty) {
        state.scale = scale;
        state.tx = tx;
        state.ty = ty;
        transformed();
    }

    @Override
    public final void setFill(Rgba color) {
        state.fill = color;
    }

    @Override
    public final void setStroke(Rgba color) {
        state.stroke = color;
    }

    @Override
    public final void setLineWidth(double width) {
        state.lineWidth = width;
    }

    @Override
    public final void setLineDashes(double... dashes) {
        state.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
    }

    @Override
    public final void setGlobalAlpha(double alpha) {
        state.alpha = alpha;
    }

    @Override
    public final void setFont(FontSpec font) {
        state.font = font;
    }

    @Override
    public final void setTextAlign(TextAlign align) {
        state.align = align;
    }

    @Override
    public final void setTextBaseline(TextBaseline baseline) {
        state.baseline = baseline;
    }

    /** Measured with the Java2D font both surfaces set their text in. */
    @Override
    public final double textWidth(String text, FontSpec font) {
        return AwtFonts.width(text, font);
    }

    /** Draws the stamp's shapes where it lands: each thing is drawn once in an export anyway. */
    void drawStamp(double x, double y, Consumer<Surface> drawing) {
        save();
        setTransform(state.scale, state.tx + x * state.scale, state.ty + y * state.scale);
        drawing.accept(this);
        restore();
    }
}
