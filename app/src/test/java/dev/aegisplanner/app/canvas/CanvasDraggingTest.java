package dev.aegisplanner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dragging on the canvas as in draw.io: snapping, guides, axis lock, drops into other frames, what a drag grabs. */
@ExtendWith(ApplicationExtension.class)
class CanvasDraggingTest {

    private TopologyDocument document;
    private SelectionModel selection;
    private TopologyCanvasView view;
    private CanvasPoints points;

    /** Frankfurt with two roomy data centers side by side: FRA-1 holds three servers, FRA-2 one. */
    static Topology twoRooms() {
        Topology t = Topology.empty("Two rooms").withLocations(List.of(Location.of("FRA", "EU", 50.1, 8.7,
                DataCenter.of("FRA-1", Server.of("fra1-s1"), Server.of("fra1-s2"), Server.of("fra1-s3")),
                DataCenter.of("FRA-2", Server.of("fra2-s1")))));
        t = t.withLayout(EffectiveLayout.of(t));
        LayoutBox fra = t.layout().get("FRA");
        t = StructureEdits.resize(t, ElementRef.location("FRA"), fra.withSize(1200, 520));
        LayoutBox fra1 = t.layout().get("FRA-1");
        LayoutBox fra2 = t.layout().get("FRA-2");
        t = StructureEdits.move(t, List.of(ElementRef.dataCenter("FRA-2")), fra1.x() + 620 - fra2.x(), fra1.y() - fra2.y());
        t = StructureEdits.resize(t, ElementRef.dataCenter("FRA-1"), t.layout().get("FRA-1").withSize(560, 400));
        return StructureEdits.resize(t, ElementRef.dataCenter("FRA-2"), t.layout().get("FRA-2").withSize(500, 400));
    }

    @Start
    void start(Stage stage) {
        document = new TopologyDocument(twoRooms(), null);
        selection = new SelectionModel();
        view = new TopologyCanvasView(document, selection);
        points = new CanvasPoints(view);
        stage.setScene(new Scene(new StackPane(view), 1100, 760));
        stage.show();
    }

    @Test
    void a_dragged_server_lands_on_the_grid() {
        FxRobot robot = new FxRobot();
        LayoutBox before = points.box(ElementRef.server("fra1-s3"));

        robot.drag(points.centreOf(before), MouseButton.PRIMARY).moveBy(37, 83).drop();

        LayoutBox after = points.box(ElementRef.server("fra1-s3"));
        assertThat(after.x() % Snapping.GRID == 0 || linesUpWithANeighbour(after)).isTrue();
        assertThat(after.y() % Snapping.GRID == 0 || linesUpWithANeighbour(after)).isTrue();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void a_server_brought_near_a_neighbours_edge_lines_up_with_it_and_a_guide_shows_the_line() {
        FxRobot robot = new FxRobot();
        LayoutBox s1 = points.box(ElementRef.server("fra1-s1"));
        LayoutBox s3 = points.box(ElementRef.server("fra1-s3"));
        double scale = view.viewport().scale();
        double below = Boxes.bottom(s1) + 40;
        // Aim 3 pixels right of fra1-s1's left edge, well below it: within reach of its edge.
        double dx = (s1.x() - s3.x()) * scale + 3;
        double dy = (below - s3.y()) * scale;

        var drag = robot.drag(points.centreOf(s3), MouseButton.PRIMARY).moveBy(dx, dy);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.shownGuides()).isNotEmpty();
        drag.drop();

        assertThat(points.box(ElementRef.server("fra1-s3")).x()).isEqualTo(s1.x());
        assertThat(view.shownGuides()).as("guides go when the drag ends").isEmpty();
    }

    @Test
    void shift_keeps_a_drag_on_its_axis() {
        FxRobot robot = new FxRobot();
        LayoutBox before = points.box(ElementRef.server("fra1-s3"));

        robot.press(KeyCode.SHIFT);
        robot.drag(points.centreOf(before), MouseButton.PRIMARY).moveBy(30, 160).drop();
        robot.release(KeyCode.SHIFT);

        assertThat(points.box(ElementRef.server("fra1-s3")).x()).isEqualTo(before.x());
        assertThat(points.box(ElementRef.server("fra1-s3")).y()).isGreaterThan(before.y());
    }

    @Test
    void a_server_dropped_on_another_data_center_moves_into_it_in_one_undo_step() {
        FxRobot robot = new FxRobot();
        LayoutBox server = points.box(ElementRef.server("fra1-s2"));
        LayoutBox fra2 = points.box(ElementRef.dataCenter("FRA-2"));
        int depth = document.commands().undoDepth();

        var drag = robot.drag(points.centreOf(server), MouseButton.PRIMARY)
                .moveTo(points.screenOf(Boxes.centerX(fra2), Boxes.bottom(fra2) - 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.shownGhosts()).as("a ghost shows where it would land").hasSize(1);
        drag.drop();

        assertThat(serversOf("FRA-2")).containsExactly("fra2-s1", "fra1-s2");
        assertThat(serversOf("FRA-1")).containsExactly("fra1-s1", "fra1-s3");
        assertThat(Boxes.contains(points.box(ElementRef.dataCenter("FRA-2")), Boxes.centerX(points.box(ElementRef.server("fra1-s2"))),
                Boxes.centerY(points.box(ElementRef.server("fra1-s2"))))).isTrue();
        assertThat(document.commands().undoDepth()).isEqualTo(depth + 1);
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Move 1 server into FRA-2");

        robot.interact(() -> document.commands().undo());
        assertThat(serversOf("FRA-1")).containsExactly("fra1-s1", "fra1-s2", "fra1-s3");
        assertThat(points.box(ElementRef.server("fra1-s2"))).isEqualTo(server);
    }

    @Test
    void a_data_center_dropped_onto_another_ends_beside_it() {
        FxRobot robot = new FxRobot();
        LayoutBox fra1 = points.box(ElementRef.dataCenter("FRA-1"));
        LayoutBox fra2 = points.box(ElementRef.dataCenter("FRA-2"));

        robot.drag(points.screenOf(fra2.x() + 40, fra2.y() + 12), MouseButton.PRIMARY)
                .moveTo(points.screenOf(fra1.x() + 200, fra1.y() + 40)).drop();

        assertThat(Boxes.intersects(points.box(ElementRef.dataCenter("FRA-1")), points.box(ElementRef.dataCenter("FRA-2")))).isFalse();
        assertThat(points.box(ElementRef.dataCenter("FRA-1"))).isEqualTo(fra1);
    }

    @Test
    void dragging_inside_a_selected_location_moves_it_rather_than_drawing_a_band() {
        FxRobot robot = new FxRobot();
        robot.interact(() -> selection.select(ElementRef.location("FRA")));
        LayoutBox fra = points.box(ElementRef.location("FRA"));
        LayoutBox fra1 = points.box(ElementRef.dataCenter("FRA-1"));

        robot.press(KeyCode.ALT);
        robot.drag(points.screenOf(fra1.x() + 300, Boxes.bottom(fra1) - 20), MouseButton.PRIMARY).moveBy(-50, 30).drop();
        robot.release(KeyCode.ALT);

        assertThat(points.box(ElementRef.location("FRA")).x()).isLessThan(fra.x());
        assertThat(selection.snapshot()).containsExactly(ElementRef.location("FRA"));
    }

    @Test
    void a_click_inside_a_selected_location_selects_what_was_clicked() {
        FxRobot robot = new FxRobot();
        robot.interact(() -> selection.select(ElementRef.location("FRA")));

        robot.clickOn(points.centreOf(points.box(ElementRef.server("fra1-s1"))));

        assertThat(selection.snapshot()).containsExactly(ElementRef.server("fra1-s1"));
    }

    @Test
    void zoomed_out_a_location_is_dragged_by_its_name_tag_not_panned() {
        FxRobot robot = new FxRobot();
        robot.interact(() -> view.zoomTo(0.2));
        LayoutBox fra = points.box(ElementRef.location("FRA"));
        // The tag sits on the frame's top edge, half above it: press on its upper half, outside the frame.
        Point2D onTag = points.screenOf(fra.x(), fra.y());
        Point2D pressAt = new Point2D(onTag.getX() + 20, onTag.getY() - 5);
        var viewportBefore = view.viewport();

        robot.press(KeyCode.ALT);
        robot.drag(pressAt, MouseButton.PRIMARY).moveBy(60, 0).drop();
        robot.release(KeyCode.ALT);

        assertThat(points.box(ElementRef.location("FRA")).x()).isGreaterThan(fra.x());
        assertThat(view.viewport().x()).as("the view did not pan").isEqualTo(viewportBefore.x());
    }

    @Test
    void zoomed_out_a_long_name_on_two_lines_drags_its_location_by_its_upper_line() {
        FxRobot robot = new FxRobot();
        Topology renamed = document.topology().withLocations(document.topology().locations().stream()
                .map(l -> l.withName("Frankfurt am Main, Hanauer Landstraße, Building C")).toList());
        robot.interact(() -> {
            document.replace(renamed, null);
            view.zoomTo(0.2);
        });
        LayoutBox fra = points.box(ElementRef.location("FRA"));
        // A one-line tag reaches 9 pixels above the frame's edge; the two-line tag twice as far.
        Point2D onEdge = points.screenOf(fra.x(), fra.y());
        Point2D onFirstLine = new Point2D(onEdge.getX() + 20, onEdge.getY() - 13);
        var viewportBefore = view.viewport();

        robot.press(KeyCode.ALT);
        robot.drag(onFirstLine, MouseButton.PRIMARY).moveBy(60, 0).drop();
        robot.release(KeyCode.ALT);

        assertThat(points.box(ElementRef.location("FRA")).x()).isGreaterThan(fra.x());
        assertThat(view.viewport().x()).as("the view did not pan").isEqualTo(viewportBefore.x());
    }

    @Test
    void dragging_empty_canvas_pans_and_shift_dragging_it_draws_a_band() {
        FxRobot robot = new FxRobot();
        LayoutBox fra = points.box(ElementRef.location("FRA"));
        double x = view.viewport().x();

        robot.drag(points.screenOf(fra.x() - 60, Boxes.bottom(fra) + 40), MouseButton.PRIMARY).moveBy(80, 0).drop();
        assertThat(view.viewport().x()).isLessThan(x);

        LayoutBox s1 = points.box(ElementRef.server("fra1-s1"));
        robot.press(KeyCode.SHIFT);
        robot.drag(points.screenOf(s1.x() - 8, Boxes.bottom(points.box(ElementRef.location("FRA"))) + 30), MouseButton.PRIMARY)
                .moveTo(points.screenOf(Boxes.right(s1) + 4, s1.y() - 4)).drop();
        robot.release(KeyCode.SHIFT);
        assertThat(selection.snapshot()).contains(ElementRef.server("fra1-s1"));
    }

    private boolean linesUpWithANeighbour(LayoutBox box) {
        return view.drawing().frame("FRA-1").orElseThrow().servers().all().stream()
                .map(s -> s.box()).filter(b -> !b.equals(box))
                .anyMatch(b -> b.x() == box.x() || b.y() == box.y() || Boxes.right(b) == Boxes.right(box)
                        || Boxes.bottom(b) == Boxes.bottom(box) || Boxes.centerX(b) == Boxes.centerX(box)
                        || Boxes.centerY(b) == Boxes.centerY(box));
    }

    private List<String> serversOf(String dataCenter) {
        return document.topology().dataCenters().filter(d -> d.id().equals(dataCenter)).findFirst().orElseThrow()
                .servers().stream().map(Server::id).toList();
    }
}
