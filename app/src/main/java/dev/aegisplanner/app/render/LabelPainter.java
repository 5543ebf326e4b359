package dev.aegisplanner.app.render;

import static dev.aegisplanner.app.render.CanvasFonts.OVERVIEW_COUNT;
import static dev.aegisplanner.app.render.CanvasFonts.OVERVIEW_LABEL;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.scene.SceneFrame;
import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.app.render.surface.TextAlign;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels at a fixed screen size for when the drawing is zoomed too far out for the frames' own headers,
 * so it still reads as a map: each location gets a tag sitting on its top edge, like a fieldset's legend,
 * on its own background so it stays legible over what is beneath; data centers get one too while their
 * servers are drawn as shapes, and when they are drawn as blocks the large ones show their name and
 * server count in their middle. Data centers' names are shown whole or not at all (zooming in shows them in
 * their headers). Locations' names come first: a data center's tag that would touch one (a tag, or the title
 * in a header) moves down into its own header or is left out, and location tags are drawn last, so a
 * location's name is never covered.
 */
final class LabelPainter {

    private static final double TAG_PAD_X = 6;
    private static final double LOCATION_TAG_HEIGHT = 18;
    private static final double DATA_CENTER_TAG_HEIGHT = 16;
    private static final FontSpec DATA_CENTER_TAG = CanvasFonts.bold(11);
    /** A label cut shorter than this (plus its ellipsis) says nothing; better none. */
    private static final int MIN_CHARACTERS = 5;

    /** A tag's line height when a location's name takes two lines. */
    private static final double TAG_LINE = 13;

    private record Tag(SceneFrame frame, List<String> lines, LayoutBox box, FontSpec font) {
    }

    void paint(Surface s, CanvasScene scene, Viewport vp, CanvasPalette p, Detail detail) {
        double scale = vp.scale();
        boolean locationTags = showsLocationTags(scale);
        boolean dataCenterTags = detail == Detail.OUTLINE && FramePainter.titleSize(false, scale) == 0;
        boolean dataCenterLabels = detail == Detail.AGGREGATE;
        if (!locationTags && !dataCenterTags && !dataCenterLabels) {
            return;
        }
        List<Tag> locations = new ArrayList<>();
        List<SceneFrame> dataCenters = new ArrayList<>();
        List<LayoutBox> names = new ArrayList<>();
        scene.forEachFrameIn(vp.visible(), frame -> {
            // Titles in headers matter only to data center tags, which keep clear of them.
            if (frame.isLocation() && !locationTags && dataCenterTags) {
                LayoutBox header = FramePainter.locationTitle(s, frame, scale);
                if (header != null) {
                    names.add(vp.toScreen(header));
                }
            }
            if (frame.isLocation() && locationTags) {
                Tag tag = tag(s, frame, vp, OVERVIEW_LABEL, LOCATION_TAG_HEIGHT);
                if (tag != null) {
                    locations.add(tag);
                }
            } else if (!frame.isLocation() && dataCenterTags) {
                dataCenters.add(frame);
            } else if (!frame.isLocation() && dataCenterLabels) {
                LayoutBox on = vp.toScreen(frame.box());
                if (on.w() >= 100 && on.h() >= 48) {
                    centred(s, frame, on, p);
                }
            }
        });
        locations.forEach(l -> names.add(grown(l.box(), 2)));
        for (SceneFrame frame : dataCenters) {
            Tag tag = dataCenterTag(s, frame, vp, names);
            if (tag != null) {
                names.add(grown(tag.box(), 2));
                draw(s, tag, p);
            }
        }
        locations.forEach(tag -> draw(s, tag, p));
    }

    /**
     * A data center's whole name on its top edge, or, where a location's name is in the way, just below it in
     * the data center's own header; none when neither place is free or the name is wider than the frame.
     */
    private static Tag dataCenterTag(Surface s, SceneFrame frame, Viewport vp, List<LayoutBox> taken) {
        LayoutBox on = vp.toScreen(frame.box());
        double w = s.textWidth(frame.title(), DATA_CENTER_TAG) + 2 * TAG_PAD_X;
        if (w > on.w() || on.h() < DATA_CENTER_TAG_HEIGHT) {
            return null;
        }
        double x = Math.round(on.x() + Math.min(8, (on.w() - w) / 2)) + 0.5;
        double[] tops = on.h() >= 2 * DATA_CENTER_TAG_HEIGHT ? new double[] {on.y() - DATA_CENTER_TAG_HEIGHT / 2, on.y() + 1}
                : new double[] {on.y() - DATA_CENTER_TAG_HEIGHT / 2};
        for (double y : tops) {
            LayoutBox box = new LayoutBox(x, Math.round(y) + 0.5, w, DATA_CENTER_TAG_HEIGHT);
            if (taken.stream().noneMatch(name -> Boxes.intersects(name, box))) {
                return new Tag(frame, List.of(frame.title()), box, DATA_CENTER_TAG);
            }
        }
        return null;
    }

    /** Whether locations are labelled by tags on their top edge at this zoom (their headers too thin for a title). */
    static boolean showsLocationTags(double scale) {
        return FramePainter.titleSize(true, scale) == 0;
    }

    /** Where a location's tag is drawn on screen, or null when it has none at this zoom. */
    static LayoutBox locationTag(Surface s, SceneFrame frame, Viewport vp) {
        if (!showsLocationTags(vp.scale())) {
            return null;
        }
        Tag tag = tag(s, frame, vp, OVERVIEW_LABEL, LOCATION_TAG_HEIGHT);
        return tag == null ? null : tag.box();
    }

    /**
     * A location's tag: its name on one line, or, when the frame is too narrow for it, on two lines with the tag
     * centred on the edge (half over the gap above, half over the empty header); cut only when two lines do not
     * hold it either.
     */
    private static Tag tag(Surface s, SceneFrame frame, Viewport vp, FontSpec font, double height) {
        LayoutBox on = vp.toScreen(frame.box());
        if (on.h() < height) {
            return null;
        }
        double room = on.w() - 2 * TAG_PAD_X;
        List<String> lines = List.of(frame.title());
        if (s.textWidth(frame.title(), font) > room) {
            lines = CanvasFonts.wrapped(s, frame.title(), font, room, 2);
            if (lines.size() < 2 || lines.get(1).endsWith("…") || on.h() < height + TAG_LINE) {
                lines = List.of(CanvasFonts.fitted(s, frame.title(), font, room));
            }
        }
        // A cut name too short to recognise is left out; two whole lines read whole however short the first.
        if (lines.size() == 1 && lines.get(0).length() < Math.min(frame.title().length(), MIN_CHARACTERS + 1)) {
            return null;
        }
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, s.textWidth(line, font) + 2 * TAG_PAD_X);
        }
        double h = height + (lines.size() - 1) * TAG_LINE;
        // Inset like a legend when there is room; a long name may take the frame's whole width.
        double x = Math.round(on.x() + Math.min(8, (on.w() - w) / 2)) + 0.5;
        double y = Math.round(on.y() - h / 2) + 0.5;
        return new Tag(frame, lines, new LayoutBox(x, y, w, h), font);
    }

    private static void draw(Surface s, Tag tag, CanvasPalette p) {
        SceneFrame frame = tag.frame();
        LayoutBox b = tag.box();
        s.setFill(frame.down() ? p.downFill() : p.locationFill());
        s.fillRoundRect(b.x(), b.y(), b.w(), b.h(), b.h(), b.h());
        s.setStroke(frame.ownDown() ? p.danger() : frame.isLocation() ? p.locationStroke() : p.dataCenterStroke());
        s.setLineWidth(1);
        s.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), b.h(), b.h());
        s.setFont(tag.font());
        s.setFill(frame.down() ? p.downText() : p.text());
        double first = b.y() + b.h() / 2 - (tag.lines().size() - 1) * TAG_LINE / 2 + tag.font().size() * 0.36;
        for (int i = 0; i < tag.lines().size(); i++) {
            s.fillText(tag.lines().get(i), b.x() + TAG_PAD_X, first + i * TAG_LINE);
        }
    }

    private static void centred(Surface s, SceneFrame frame, LayoutBox on, CanvasPalette p) {
        String title = frame.title();
        if (s.textWidth(title, OVERVIEW_LABEL) > on.w() - 16) {
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

    private static LayoutBox grown(LayoutBox b, double by) {
        return new LayoutBox(b.x() - by, b.y() - by, b.w() + 2 * by, b.h() + 2 * by);
    }
}
