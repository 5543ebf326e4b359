package dev.aegisplanner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.render.Samples;
import dev.aegisplanner.app.render.TierColors;
import dev.aegisplanner.model.edit.StructureEdits;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.layout.EffectiveLayout;
import dev.aegisplanner.model.topology.DataCenter;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Topology;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TopologyCanvasViewTest {

    private TopologyDocument document;
    private SelectionModel selection;
    private TopologyCanvasView view;

    /** Frankfurt with one roomy data center holding three servers in its top row. */
    static Topology roomyFrankfurt() {
        Topology t = Topology.empty("Roomy").withLocations(List.of(Location.of("FRA", "EU", 50.1, 8.7,
                DataCenter.of("FRA-1", Server.of("fra1-s1"), Server.of("fra1-s2"), Server.of("fra1-s3")))));
        t = t.withLayout(EffectiveLayout.of(t));
        LayoutBox fra = t.layout().get("FRA");
        t = StructureEdits.resize(t, ElementRef.location("FRA"), fra.withSize(900, 600));
        LayoutBox dc = t.layout().get("FRA-1");
        return StructureEdits.resize(t, ElementRef.dataCenter("FRA-1"), dc.withSize(760, 480));
    }

    @Start
    void start(Stage stage) {
        document = new TopologyDocument(Topology.empty("New"), null);
        selection = new SelectionModel();
        view = new TopologyCanvasView(document, selection);
        stage.setScene(new Scene(new StackPane(view), 1100, 760));
        stage.show();
    }

    @Test
    void the_tools_draw_a_location_a_data_center_and_two_servers(FxRobot robot) {
        robot.interact(() -> view.toolProperty().set(CanvasTool.ADD_LOCATION));
        robot.clickOn(screenOf(600, 300));
        assertThat(document.topology().locations()).extracting(Location::id).containsExactly("LOC-1");

        robot.interact(() -> view.toolProperty().set(CanvasTool.ADD_DATA_CENTER));
        LayoutBox location = box(ElementRef.location("LOC-1"));
        robot.clickOn(screenOf(Boxes.centerX(location), Boxes.centerY(location) + 20));
        assertThat(document.topology().dataCenters()).extracting(DataCenter::id).containsExactly("LOC-1-1");

        robot.interact(() -> view.toolProperty().set(CanvasTool.ADD_SERVER));
        LayoutBox dc = box(ElementRef.dataCenter("LOC-1-1"));
        robot.clickOn(screenOf(dc.x() + 60, Boxes.centerY(dc) + 10));
        robot.clickOn(screenOf(Boxes.right(dc) - 60, Boxes.centerY(dc) + 10));

        assertThat(document.topology().servers()).extracting(Server::id).containsExactly("loc11-s1", "loc11-s2");
        assertThat(document.commands().undoDepth()).isEqualTo(4);
        assertThat(selection.snapshot()).containsExactly(ElementRef.server("loc11-s2"));
    }

    @Test
    void a_data_center_is_only_added_inside_a_location_and_the_status_says_why(FxRobot robot) {
        robot.interact(() -> view.toolProperty().set(CanvasTool.ADD_DATA_CENTER));
        robot.clickOn(screenOf(600, 300));
        assertThat(document.topology().dataCenters()).isEmpty();
        assertThat(view.statusMessageProperty().get()).contains("inside a location");
    }

    @Test
    void dragging_a_server_with_alt_moves_it_freely_in_one_step_and_undo_puts_it_back(FxRobot robot) {
        open(roomyFrankfurt());
        LayoutBox before = box(ElementRef.server("fra1-s2"));
        int depth = document.commands().undoDepth();
        double scale = view.viewport().scale();

        robot.press(KeyCode.ALT);
        robot.drag(screenOf(Boxes.centerX(before), Boxes.centerY(before)), MouseButton.PRIMARY).moveBy(40, 150).drop();
        robot.release(KeyCode.ALT);

        LayoutBox after = box(ElementRef.server("fra1-s2"));
        assertThat(after.x() - before.x()).isCloseTo(40 / scale, within(1.5));
        assertThat(after.y() - before.y()).isCloseTo(150 / scale, within(1.5));
        assertThat(document.commands().undoDepth()).isEqualTo(depth + 1);
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Move 1 server");

        robot.interact(() -> document.commands().undo());
        assertThat(box(ElementRef.server("fra1-s2"))).isEqualTo(before);
    }

    @Test
    void dragging_a_location_by_its_title_moves_its_contents_with_it(FxRobot robot) {
        open(roomyFrankfurt());
        LayoutBox fra = box(ElementRef.location("FRA"));
        LayoutBox server = box(ElementRef.server("fra1-s3"));
        double scale = view.viewport().scale();

        robot.press(KeyCode.ALT);
        robot.drag(screenOf(fra.x() + 200, fra.y() + 20), MouseButton.PRIMARY).moveBy(-60, 40).drop();
        robot.release(KeyCode.ALT);

        double dx = box(ElementRef.location("FRA")).x() - fra.x();
        assertThat(dx).isCloseTo(-60 / scale, within(1.5));
        assertThat(box(ElementRef.server("fra1-s3")).x() - server.x()).isEqualTo(dx);
    }

    @Test
    void a_rubber_band_inside_a_data_center_selects_the_servers_it_encloses(FxRobot robot) {
        open(roomyFrankfurt());
        LayoutBox s1 = box(ElementRef.server("fra1-s1"));
        LayoutBox s2 = box(ElementRef.server("fra1-s2"));

        robot.drag(screenOf(Boxes.right(s2) + 5, Boxes.bottom(s2) + 60), MouseButton.PRIMARY)
                .moveTo(screenOf(s1.x() - 6, s1.y() - 6)).drop();

        assertThat(selection.snapshot()).containsExactlyInAnyOrder(ElementRef.server("fra1-s1"), ElementRef.server("fra1-s2"));
    }

    @Test
    void clicking_selects_shift_click_adds_and_clicking_empty_canvas_clears(FxRobot robot) {
        open(roomyFrankfurt());
        robot.clickOn(screenOf(Boxes.centerX(box(ElementRef.server("fra1-s1"))), Boxes.centerY(box(ElementRef.server("fra1-s1")))));
        robot.press(KeyCode.SHIFT).clickOn(screenOf(Boxes.centerX(box(ElementRef.server("fra1-s3"))),
                Boxes.centerY(box(ElementRef.server("fra1-s3"))))).release(KeyCode.SHIFT);
        assertThat(selection.snapshot()).containsExactlyInAnyOrder(ElementRef.server("fra1-s1"), ElementRef.server("fra1-s3"));

        LayoutBox fra = box(ElementRef.location("FRA"));
        robot.clickOn(screenOf(fra.x() - 40, fra.y() - 30));
        assertThat(selection.snapshot()).isEmpty();
    }

    @Test
    void the_zoom_keys_zoom_in_out_and_back_to_actual_size(FxRobot robot) {
        open(roomyFrankfurt());
        robot.clickOn(screenOf(box(ElementRef.location("FRA")).x() - 40, 10));
        double start = view.zoomProperty().get();

        robot.type(KeyCode.EQUALS);
        assertThat(view.zoomProperty().get()).isCloseTo(start * 1.25, within(1e-9));
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        assertThat(view.zoomProperty().get()).isCloseTo(start / 1.25, within(1e-9));
        robot.type(KeyCode.DIGIT0);
        assertThat(view.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void delete_copy_paste_and_duplicate_work_from_the_keyboard(FxRobot robot) {
        open(roomyFrankfurt());
        robot.interact(() -> selection.select(ElementRef.server("fra1-s1")));
        robot.interact(view::requestFocus);

        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).type(KeyCode.D).release(KeyCode.CONTROL);
        assertThat(document.topology().servers()).extracting(Server::id)
                .containsExactly("fra1-s1", "fra1-s2", "fra1-s3", "fra1-s4", "fra1-s5");

        robot.type(KeyCode.DELETE);
        assertThat(document.topology().servers()).extracting(Server::id).containsExactly("fra1-s1", "fra1-s2", "fra1-s3", "fra1-s4");
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Delete 1 server");
    }

    @Test
    void a_double_click_renames_in_place_enter_commits_and_escape_cancels(FxRobot robot) {
        open(roomyFrankfurt());
        LayoutBox dc = box(ElementRef.dataCenter("FRA-1"));
        robot.doubleClickOn(screenOf(dc.x() + 60, dc.y() + 18));
        robot.write("Frankfurt 1").type(KeyCode.ENTER);
        assertThat(document.topology().dataCenters().findFirst().orElseThrow().displayName()).isEqualTo("Frankfurt 1");

        robot.interact(() -> selection.select(ElementRef.dataCenter("FRA-1")));
        robot.interact(view::renameSelection);
        robot.write("Something else").type(KeyCode.ESCAPE);
        assertThat(document.topology().dataCenters().findFirst().orElseThrow().displayName()).isEqualTo("Frankfurt 1");
    }

    @Test
    void element_at_answers_in_the_views_own_coordinates_for_drag_and_drop(FxRobot robot) {
        open(roomyFrankfurt());
        LayoutBox server = box(ElementRef.server("fra1-s2"));
        Point2D local = view.screenToLocal(screenOf(Boxes.centerX(server), Boxes.centerY(server)));
        assertThat(view.elementAt(local.getX(), local.getY())).contains(ElementRef.server("fra1-s2"));
    }

    @Test
    void opening_a_file_without_layout_leaves_the_document_clean(FxRobot robot) {
        robot.interact(() -> document.replace(SampleTopologies.threeMetros(), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.isDirty()).isFalse();
        assertThat(document.topology().layout()).isEmpty();
        assertThat(view.drawing().boxOf(ElementRef.server("fra1-s1"))).isPresent();
    }

    @Test
    void dragging_a_handle_of_the_selected_frame_resizes_it(FxRobot robot) {
        open(roomyFrankfurt());
        robot.interact(() -> selection.select(ElementRef.location("FRA")));
        LayoutBox fra = box(ElementRef.location("FRA"));
        double scale = view.viewport().scale();

        robot.drag(screenOf(fra.x() + fra.w(), fra.y() + fra.h()), MouseButton.PRIMARY).moveBy(60, 30).drop();

        LayoutBox resized = box(ElementRef.location("FRA"));
        assertThat(resized.x()).isEqualTo(fra.x());
        assertThat(resized.w() - fra.w()).isCloseTo(60 / scale, within(1.5));
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Resize FRA");
    }

    @Test
    void the_arrow_keys_nudge_the_selection_by_one_unit_or_ten_with_shift_in_one_undo_step(FxRobot robot) {
        open(roomyFrankfurt());
        LayoutBox before = box(ElementRef.server("fra1-s1"));
        robot.interact(() -> selection.select(ElementRef.server("fra1-s1")));
        robot.interact(view::requestFocus);
        int depth = document.commands().undoDepth();

        robot.type(KeyCode.RIGHT, 3).press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);

        assertThat(box(ElementRef.server("fra1-s1"))).isEqualTo(Boxes.moved(before, 3, 10));
        assertThat(document.commands().undoDepth()).isEqualTo(depth + 1);
        robot.interact(() -> document.commands().undo());
        assertThat(box(ElementRef.server("fra1-s1"))).isEqualTo(before);
    }

    @Test
    void another_kind_of_edit_ends_a_run_of_nudges(FxRobot robot) {
        open(roomyFrankfurt());
        robot.interact(() -> selection.select(ElementRef.server("fra1-s1")));
        robot.interact(view::requestFocus);
        int depth = document.commands().undoDepth();

        robot.type(KeyCode.RIGHT, 2);
        robot.interact(() -> document.commands().execute("Rename", t ->
                StructureEdits.rename(t, ElementRef.server("fra1-s1"), "edge")));
        robot.type(KeyCode.RIGHT, 2);

        assertThat(document.commands().undoDepth()).isEqualTo(depth + 3);
    }

    @Test
    void a_drawing_fitted_while_the_window_settles_is_fitted_again_to_its_final_size(FxRobot robot) {
        robot.interact(() -> view.getScene().getWindow().setWidth(60));
        robot.interact(() -> document.replace(roomyFrankfurt(), java.nio.file.Path.of("roomy.json")));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> view.getScene().getWindow().setWidth(1100));
        WaitForAsyncUtils.waitForFxEvents();

        LayoutBox bounds = view.drawing().bounds();
        LayoutBox visible = view.viewport().visible();
        assertThat(visible.w()).as("the whole drawing in view, not a sliver of it").isGreaterThanOrEqualTo(bounds.w());
        assertThat(visible.w()).as("and not lost in a tiny zoom").isLessThan(bounds.w() * 3);
    }

    @Test
    void pressing_in_the_overview_centres_the_view_there(FxRobot robot) {
        open(roomyFrankfurt());
        robot.interact(() -> {
            StackPane holder = new StackPane(view.overview());
            holder.setMaxSize(240, 150);
            ((StackPane) view.getScene().getRoot()).getChildren().add(holder);
        });
        robot.interact(() -> view.zoomTo(2.0));
        Region overview = (Region) view.overview();

        robot.clickOn(overview.localToScreen(overview.getWidth() * 0.9, overview.getHeight() / 2));

        LayoutBox visible = view.viewport().visible();
        LayoutBox bounds = view.drawing().bounds();
        assertThat(visible.x() + visible.w() / 2).isGreaterThan(bounds.x() + bounds.w() * 0.6);
    }

    @Test
    void a_trace_is_drawn_in_its_tiers_colour_on_a_layer_of_its_own_and_cleared(FxRobot robot) {
        Topology retailer = Samples.read("global-retailer.json");
        open(retailer);
        TraceResult trace = Samples.trace(retailer, "pay-sin");
        int tier = TierColors.of(trace.tier()).argb();
        List<Canvas> layers = robot.lookup(n -> n instanceof Canvas && n.getParent() == view).queryAllAs(Canvas.class)
                .stream().toList();
        Canvas drawing = layers.get(0);
        Canvas pathLayer = layers.get(1);
        settle();
        int[] before = pixels(drawing);

        robot.interact(() -> view.showTrace(trace, trace.hops().size() - 1));
        settle();

        assertThat(count(pixels(pathLayer), tier)).isGreaterThan(200);
        assertThat(Arrays.equals(pixels(drawing), before)).as("the drawing beneath is as it was").isTrue();

        robot.interact(view::clearTrace);
        settle();
        assertThat(count(pixels(pathLayer), tier)).isZero();
    }

    private static void settle() {
        // Repaints happen on the next pulse (an animation timer), after the events a plain wait drains.
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int[] pixels(Canvas canvas) {
        WritableImage image = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> canvas.snapshot(null, null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private static long count(int[] pixels, int argb) {
        return Arrays.stream(pixels).filter(p -> p == argb).count();
    }

    private void open(Topology topology) {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            document.replace(topology, null);
            view.fitToWindow();
        });
    }

    private LayoutBox box(ElementRef ref) {
        return view.drawing().boxOf(ref).orElseThrow();
    }

    private Point2D screenOf(double canvasX, double canvasY) {
        return view.localToScreen(view.viewport().toScreenX(canvasX), view.viewport().toScreenY(canvasY));
    }
}
