package dev.aegisplanner.app.render;

import static dev.aegisplanner.app.render.CanvasFonts.OVERVIEW_COUNT;
import static dev.aegisplanner.app.render.CanvasFonts.OVERVIEW_LABEL;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.scene.SceneFrame;
import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.app.render.surface.TextAlign;
import dev.aegisplanner.model.topology.LayoutBox;

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
    private static final FontSpec DATA_CENTER_TAG = CanvasFonts.bold(11);
    /** A label cut shorter than this (plus its ellipsis) says nothing; better none. */
    private static final int MIN_CHARACTERS = 5;

    void paint(Surface s, CanvasScene scene, Viewport vp, CanvasPalette p, Detail detail) {
        double scale = vp.scale();
        boolean locationTags = FramePainter.titleSize(true, scale) == 0;
        boolean dataCenterTags = detail == Detail.OUTLINE && FramePainter.titleSize(false, scale) == 0;
        boolean dataCenterLabels = detail == Detail.AGGREGATE;
        if (!locationTags && !dataCenterTags && !dataCenterLabels) {
            return;
        }
        scene.forEachFrameIn(vp.visible(), frame -> {
            LayoutBox on = vp.toScreen(frame.box());
            if (frame.isLocation() && locationTags) {
                tag(s, frame, on, p, OVERVIEW_LABEL, LOCATION_TAG_HEIGHT);
            } else if (!frame.isLocation() && dataCenterTags) {
                tag(s, frame, on, p, DATA_CENTER_TAG, DATA_CENTER_TAG_HEIGHT);
            } else if (!frame.isLocation() && dataCenterLabels && on.w() >= 100 && on.h() >= 48) {
                centred(s, frame, on, p);
            }
        });
    }

    private static void tag(Surface s, SceneFrame frame, LayoutBox on, CanvasPalette p,
                            FontSpec font, double height) {
        if (on.h() < height) {
            return;
        }
        String title = CanvasFonts.fitted(s, frame.title(), font, on.w() - 16 - 2 * TAG_PAD_X);
        if (title.length() < Math.min(frame.title().length(), MIN_CHARACTERS + 1)) {
            return;
        }
        double w = s.textWidth(title, font) + 2 * TAG_PAD_X;
        double x = Math.round(on.x() + 8) + 0.5;
        double y = Math.round(on.y() - height / 2) + 0.5;
        s.setFill(frame.down() ? p.downFill() : p.locationFill());
        s.fillRoundRect(x, y, w, height, height, height);
        s.setStroke(frame.ownDown() ? p.danger() : frame.isLocation() ? p.locationStroke() : p.dataCenterStroke());
        s.setLineWidth(1);
        s.strokeRoundRect(x, y, w, height, height, height);
        s.setFont(font);
        s.setFill(frame.down() ? p.downText() : p.text());
        s.fillText(title, x + TAG_PAD_X, y + height / 2 + font.size() * 0.36);
    }

    private static void centred(Surface s, SceneFrame frame, LayoutBox on, CanvasPalette p) {
        String title = CanvasFonts.fitted(s, frame.title(), OVERVIEW_LABEL, on.w() - 16);
        if (title.length() < Math.min(frame.title().length(), MIN_CHARACTERS + 1)) {
            return;
        }
        double cx = on.x() + on.w() / 2;
        double cy = on.y() + on.h() / 2 + 4;
        s.setTextAlign(TextAlign.CENTER);
        s.setFont(OVERVIEW_LABEL);
        s.setFill(frame.down() ? p.downText() : p.text());
        s.fillText(title, cx, cy);
        s.setFont(OVERVIEW_COUNT);
        s.setFill(p.mutedText());
        s.fillText(CanvasFonts.fitted(s, frame.subtitle(), OVERVIEW_COUNT, on.w() - 16), cx, cy + 15);
        s.setTextAlign(TextAlign.LEFT);
    }
}
