package dev.aegisplanner.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.render.PathGeometry.Leg;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A location's name is never covered: not by its data centers' tags, not by the path's labels. */
class LabelsKeepNamesReadableTest {

    private static final int W = 1400;
    private static final int H = 700;

    private final Topology retailer = Samples.read("global-retailer.json");
    private final TopologyRenderer renderer = new TopologyRenderer();

    @Test
    void zoomed_out_data_center_tags_leave_room_for_the_location_tags_drawn_over_them() {
        CanvasScene scene = CanvasScene.of(retailer);
        // Between the zoom where the headers lose their titles and the one where servers become dots, both
        // locations and data centers are labelled by tags on their top edges.
        Viewport view = new Viewport(0, 0, 0.3, W, H).centredOn(Boxes.centerX(scene.bounds()),
                Boxes.centerY(scene.bounds()), 0.3);
        RecordedPills drawn = new RecordedPills(W, H);

        renderer.render(drawn.surface, scene, view, RenderState.plain(CanvasPalette.LIGHT));

        List<LayoutBox> locationTags = drawn.ofHeight(18);
        List<LayoutBox> dataCenterTags = drawn.ofHeight(16);
        assertThat(locationTags).isNotEmpty();
        assertThat(dataCenterTags).isNotEmpty();
        for (LayoutBox location : locationTags) {
            for (LayoutBox dataCenter : dataCenterTags) {
                assertThat(Boxes.intersects(location, dataCenter)).as(location + " under " + dataCenter).isFalse();
            }
        }
        assertThat(drawn.pills.indexOf(locationTags.get(0)))
                .as("location tags come last, on top").isGreaterThan(drawn.pills.indexOf(dataCenterTags.get(dataCenterTags.size() - 1)));
        drawn.dispose();
    }

    @Test
    void data_center_tags_never_cover_a_location_title_in_its_header() {
        CanvasScene scene = CanvasScene.of(retailer);
        // Zoomed so that the headers still carry their titles while the data centers are labelled by tags.
        double scale = 0.34;
        Viewport view = new Viewport(0, 0, scale, W, H).centredOn(Boxes.centerX(scene.bounds()),
                Boxes.centerY(scene.bounds()), scale);
        RecordedPills drawn = new RecordedPills(W, H);

        renderer.render(drawn.surface, scene, view, RenderState.plain(CanvasPalette.LIGHT));

        List<LayoutBox> names = LocationTitles.onScreen(drawn.surface, scene, view);
        assertThat(names).isNotEmpty();
        assertThat(drawn.ofHeight(16)).isNotEmpty().allSatisfy(tag -> assertThat(names)
                .noneMatch(name -> Boxes.intersects(name, tag)));
        drawn.dispose();
    }

    @Test
    void the_paths_labels_move_off_a_location_name_they_would_cover() {
        TraceResult paySin = Samples.trace(retailer, "pay-sin");
        CanvasScene before = CanvasScene.of(retailer);
        Viewport view = new Viewport(0, 0, 0.5, W, H).fitting(before.bounds(), 20, 0.5);
        Leg forward = PathGeometry.of(before, view, paySin).legs().stream()
                .filter(l -> l.hop().kind() == HopKind.EGRESS_SERVER).findFirst().orElseThrow();
        double t = (forward.start() + forward.end()) / 2;
        // Move Paris so that its name sits right where the forward leg's label goes.
        LayoutBox paris = EffectiveLayout.of(retailer).get("CDG");
        double x = view.toCanvasX(forward.first().x(t)) - 60;
        double y = view.toCanvasY(forward.first().y(t)) - 20;
        Topology moved = StructureEdits.move(retailer.withLayout(EffectiveLayout.of(retailer)),
                List.of(ElementRef.location("CDG")), x - paris.x(), y - paris.y());
        CanvasScene scene = CanvasScene.of(moved);
        RecordedPills drawn = new RecordedPills(W, H);
        List<LayoutBox> names = LocationTitles.onScreen(drawn.surface, scene, view);
        assertThat(names.stream().anyMatch(n -> Boxes.contains(n, forward.first().x(t), forward.first().y(t))))
                .as("Paris's name lies under the leg's middle").isTrue();

        renderer.renderPath(drawn.surface, scene, view, PathOverlay.complete(paySin), CanvasPalette.LIGHT);

        List<LayoutBox> labels = drawn.pills.stream().filter(p -> p.h() <= 18).toList();
        assertThat(labels).isNotEmpty();
        for (LayoutBox label : labels) {
            for (LayoutBox name : names) {
                assertThat(Boxes.intersects(label, name)).as(label + " over the name at " + name).isFalse();
            }
        }
        drawn.dispose();
    }
}
