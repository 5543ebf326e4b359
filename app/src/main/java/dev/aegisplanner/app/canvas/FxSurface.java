package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.app.render.surface.TextAlign;
import dev.aegisplanner.app.render.surface.TextBaseline;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.shape.ArcType;
import javafx.scene.text.TextAlignment;

/**
 * The renderer's {@link Surface} on a JavaFX canvas: each call goes straight to the {@link GraphicsContext},
 * with colours and fonts mapped once ({@link FxPaints}) and stamps copied from images ({@link FxSprites}).
 * The context keeps the state; this class only follows the transform's scale, which stamps are drawn at.
 */
public final class FxSurface implements Surface {

    private final GraphicsContext gc;
    private final FxPaints paints;
    private final FxSprites sprites;
    private double scale = 1;
    private double tx;
    private double ty;
    private double[] saved = new double[24];
    private int depth;

    /** A surface for a canvas that is drawn again and again, keeping its stamps' images between frames. */
    public FxSurface(GraphicsContext gc) {
        this(gc, new FxPaints(), true);
    }

    /** @param keepStamps whether stamps are kept as images (a canvas drawn often) or drawn every time */
    FxSurface(GraphicsContext gc, FxPaints paints, boolean keepStamps) {
        this.gc = gc;
        this.paints = paints;
        this.sprites = keepStamps ? new FxSprites(paints) : null;
    }

    /** The screen's device pixels per logical pixel (2 on a HiDPI display), so stamped images stay sharp. */
    public void setPixelRatio(double ratio) {
        if (sprites != null) {
            sprites.setPixelRatio(ratio);
        }
    }

    @Override
    public void save() {
        if (3 * depth + 3 > saved.length) {
            saved = Arrays.copyOf(saved, saved.length * 2);
        }
        saved[3 * depth] = scale;
        saved[3 * depth + 1] = tx;
        saved[3 * depth + 2] = ty;
        depth++;
        gc.save();
    }

    @Override
    public void restore() {
        if (depth == 0) {
            return;
        }
        depth--;
        scale = saved[3 * depth];
        tx = saved[3 * depth + 1];
        ty = saved[3 * depth + 2];
        gc.restore();
    }

    @Override
    public void setTransform(double scale, double tx, double ty) {
        this.scale = scale;
        this.tx = tx;
        this.ty = ty;
        gc.setTransform(scale, 0, 0, scale, tx, ty);
    }

    @Override
    public void setFill(Rgba color) {
        gc.setFill(paints.color(color));
    }

    @Override
    public void setStroke(Rgba color) {
        gc.setStroke(paints.color(color));
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFont(FontSpec font) {
        gc.setFont(paints.font(font));
    }

    @Override
    public void setTextAlign(TextAlign align) {
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
    }

    @Override
    public void setTextBaseline(TextBaseline baseline) {
        gc.setTextBaseline(switch (baseline) {
            case BASELINE -> VPos.BASELINE;
            case TOP -> VPos.TOP;
            case CENTER -> VPos.CENTER;
        });
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.fillRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        gc.strokeRoundRect(x, y, w, h, arcWidth, arcHeight);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokeArc(double x, double y, double w, double h, double startAngle, double extent) {
        gc.strokeArc(x, y, w, h, startAngle, extent, ArcType.OPEN);
    }

    @Override
    public void strokeCurve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2) {
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.bezierCurveTo(cx1, cy1, cx2, cy2, x2, y2);
        gc.stroke();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        gc.fillPolygon(xs, ys, points);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        gc.strokePolyline(xs, ys, points);
    }

    @Override
    public void fillText(String text, double x, double y) {
        gc.fillText(text, x, y);
    }

    @Override
    public void clipRoundRect(double x, double y, double w, double h, double arc) {
        double r = Math.min(arc / 2, Math.min(w, h) / 2);
        gc.beginPath();
        gc.moveTo(x + r, y);
        gc.lineTo(x + w - r, y);
        gc.arcTo(x + w, y, x + w, y + r, r);
        gc.lineTo(x + w, y + h - r);
        gc.arcTo(x + w, y + h, x + w - r, y + h, r);
        gc.lineTo(x + r, y + h);
        gc.arcTo(x, y + h, x, y + h - r, r);
        gc.lineTo(x, y + r);
        gc.arcTo(x, y, x + r, y, r);
        gc.closePath();
        gc.clip();
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return paints.width(text, font);
    }

    /** Copies the stamp's image; off the FX thread (no snapshots there) or without sprites, draws it. */
    @Override
    public void stamp(Object key, double x, double y, double w, double h, Consumer<Surface> drawing) {
        if (sprites != null && Platform.isFxApplicationThread()) {
            Image sprite = sprites.sprite(key, scale, w, h, drawing);
            double pixelsPerUnit = sprites.pixelsPerUnit(scale);
            gc.drawImage(sprite, x, y, sprite.getWidth() / pixelsPerUnit, sprite.getHeight() / pixelsPerUnit);
            return;
        }
        save();
        setTransform(scale, tx + x * scale, ty + y * scale);
        drawing.accept(this);
        restore();
    }
}
