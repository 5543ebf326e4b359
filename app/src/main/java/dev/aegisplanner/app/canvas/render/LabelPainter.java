package dev.aegisplanner.app.canvas.render;

import static dev.aegisplanner.app.canvas.render.CanvasFonts.OVERVIEW_COUNT;
import static dev.aegisplanner.app.canvas.render.CanvasFonts.OVERVIEW_LABEL;

import dev.aegisplanner.app.canvas.scene.CanvasScene;
import dev.aegisplanner.app.canvas.scene.SceneFrame;
import dev.aegisplanner.model.topology.LayoutBox;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Labels at a fixed screen size for when the drawing is zoomed too far out for the frames' own headers,
 * so it still reads as a map: each location gets a tag sitting on its top edge, like a fieldset's legend,
 * on its own background so it stays legible over what is beneath; data centers get one too while their
 * servers are drawn as shapes, and when they are drawn as blocks the large ones show their name and
 * server count in their middle. A label that does not fit is left out.
 */
final class LabelPainter {

    private static final double TAG_PAD_X = 6;
    private static final double LOCATION_TAG_HEIGHT = 18;
    private static final double DATA_CENTER_TAG_HEIGHT = 16;
    private static final Font DATA_CENTER_TAG = CanvasFonts.bold(11);
    /** A label cut shorter than this (plus its ellipsis) says nothing; better none. */
    private static final int MIN_CHARACTERS = 5;

    void paint(GraphicsContext gc, CanvasScene scene, Viewport vp, CanvasPalette p, Detail detail) {
        double scale = vp.scale();
        boolean locationTags = FramePainter.titleSize(true, scale) == 0;
        boolean dataCenterTags = detail == Detail.OUTLINE && FramePainter.titleSize(false, scale) == 0;
        boolean dataCenterLabels = detail == Detail.AGGREGATE;
        if (!locationTags && !dataCenterTags && !dataCenterLabels) {
            return;
        }
        scene.forEachFrameIn(vp.visible(), frame -> {
            LayoutBox s = vp.toScreen(frame.box());
            if (frame.isLocation() && locationTags) {
                tag(gc, frame, s, p, OVERVIEW_LABEL, LOCATION_TAG_HEIGHT);
            } else if (!frame.isLocation() && dataCenterTags) {
                tag(gc, frame, s, p, DATA_CENTER_TAG, DATA_CENTER_TAG_HEIGHT);
            } else if (!frame.isLocation() && dataCenterLabels && s.w() >= 100 && s.h() >= 48) {
                centred(gc, frame, s, p);
            }
        });
    }

    private static void tag(GraphicsContext gc, SceneFrame frame, LayoutBox s, CanvasPalette p,
                            Font font, double height) {
        if (s.h() < height) {
            return;
        }
        String title = CanvasFonts.fitted(frame.title(), font, s.w() - 16 - 2 * TAG_PAD_X);
        if (title.length() < Math.min(frame.title().length(), MIN_CHARACTERS + 1)) {
            return;
        }
        double w = CanvasFonts.width(title, font) + 2 * TAG_PAD_X;
        double x = Math.round(s.x() + 8) + 0.5;
        double y = Math.round(s.y() - height / 2) + 0.5;
        gc.setFill(frame.down() ? p.downFill() : p.locationFill());
        gc.fillRoundRect(x, y, w, height, height, height);
        gc.setStroke(frame.ownDown() ? p.danger() : frame.isLocation() ? p.locationStroke() : p.dataCenterStroke());
        gc.setLineWidth(1);
        gc.strokeRoundRect(x, y, w, height, height, height);
        gc.setFont(font);
        gc.setFill(frame.down() ? p.downText() : p.text());
        gc.fillText(title, x + TAG_PAD_X, y + height / 2 + font.getSize() * 0.36);
    }

    private static void centred(GraphicsContext gc, SceneFrame frame, LayoutBox s, CanvasPalette p) {
        String title = CanvasFonts.fitted(frame.title(), OVERVIEW_LABEL, s.w() - 16);
        if (title.length() < Math.min(frame.title().length(), MIN_CHARACTERS + 1)) {
            return;
        }
        double cx = s.x() + s.w() / 2;
        double cy = s.y() + s.h() / 2 + 4;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setFont(OVERVIEW_LABEL);
        gc.setFill(frame.down() ? p.downText() : p.text());
        gc.fillText(title, cx, cy);
        gc.setFont(OVERVIEW_COUNT);
        gc.setFill(p.mutedText());
        gc.fillText(CanvasFonts.fitted(frame.subtitle(), OVERVIEW_COUNT, s.w() - 16), cx, cy + 15);
        gc.setTextAlign(TextAlignment.LEFT);
    }
}
