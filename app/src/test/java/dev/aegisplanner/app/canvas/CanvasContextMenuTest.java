package dev.aegisplanner.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Server;
import dev.aegisplanner.model.topology.Status;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Right-clicking: every element and the empty canvas have a menu of their frequent actions, each undoable. */
@ExtendWith(ApplicationExtension.class)
class CanvasContextMenuTest {

    private TopologyDocument document;
    private SelectionModel selection;
    private TopologyCanvasView view;
    private CanvasPoints points;

    @Start
    void start(Stage stage) {
        document = new TopologyDocument(CanvasDraggingTest.twoRooms(), null);
        selection = new SelectionModel();
        view = new TopologyCanvasView(document, selection);
        points = new CanvasPoints(view);
        view.setContextMenuExtras(element -> List.of(new MenuItem("Properties")));
        stage.setScene(new Scene(new StackPane(view), 1100, 760));
        stage.show();
    }

    @Test
    void right_clicking_a_server_selects_it_and_offers_its_actions(FxRobot robot) {
        robot.clickOn(points.centreOf(points.box(ElementRef.server("fra1-s2"))), MouseButton.SECONDARY);

        assertThat(selection.snapshot()).containsExactly(ElementRef.server("fra1-s2"));
        assertThat(view.contextMenu().isShowing()).isTrue();
        assertThat(texts()).containsSubsequence("Rename\u2026", "Duplicate", "Mark Down", "Properties", "Delete");
    }

    @Test
    void mark_down_from_the_menu_is_one_undoable_step(FxRobot robot) {
        robot.clickOn(points.centreOf(points.box(ElementRef.server("fra1-s2"))), MouseButton.SECONDARY);
        robot.clickOn("#context-status");

        assertThat(server("fra1-s2").status()).isEqualTo(Status.DOWN);
        assertThat(document.commands().undoLabelProperty().get()).isEqualTo("Undo Mark 1 server down");
        robot.interact(() -> document.commands().undo());
        assertThat(server("fra1-s2").status()).isEqualTo(Status.UP);
    }

    @Test
    void a_data_center_adds_a_server_on_free_space_and_selects_it(FxRobot robot) {
        LayoutBox fra2 = points.box(ElementRef.dataCenter("FRA-2"));
        robot.clickOn(points.screenOf(fra2.x() + 30, fra2.y() + 12), MouseButton.SECONDARY);
        robot.clickOn("#context-add-child");

        assertThat(document.topology().dataCenters().filter(d -> d.id().equals("FRA-2")).findFirst().orElseThrow()
                .servers()).hasSize(2);
        ElementRef added = selection.snapshot().iterator().next();
        assertThat(added.id()).isEqualTo("fra2-s2");
        assertThat(Boxes.intersects(points.box(added), points.box(ElementRef.server("fra2-s1")))).isFalse();
    }

    @Test
    void the_empty_canvas_offers_to_add_a_location_where_it_was_clicked_to_paste_and_to_fit(FxRobot robot) {
        LayoutBox fra = points.box(ElementRef.location("FRA"));
        double x = Boxes.centerX(fra);
        double y = Boxes.bottom(fra) + 220;
        robot.clickOn(points.screenOf(x, y), MouseButton.SECONDARY);

        assertThat(texts()).containsExactly("Add Location Here", "Paste", "", "Fit to Window", "Select All");
        assertThat(view.contextMenu().getItems().get(1).isDisable()).as("nothing to paste yet").isTrue();
        robot.clickOn("#context-add-location");

        assertThat(document.topology().locations()).extracting(Location::id).containsExactly("FRA", "LOC-1");
        LayoutBox added = points.box(ElementRef.location("LOC-1"));
        assertThat(Boxes.centerX(added)).isEqualTo(x, org.assertj.core.api.Assertions.within(1.0));
        assertThat(Boxes.centerY(added)).isEqualTo(y, org.assertj.core.api.Assertions.within(1.0));
    }

    private List<String> texts() {
        return view.contextMenu().getItems().stream().map(i -> i.getText() == null ? "" : i.getText()).toList();
    }

    private Server server(String id) {
        return document.topology().servers().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
