package dev.aegisplanner.app.editor.demand;

import dev.aegisplanner.app.editor.analysis.AnalysisStyles;
import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.app.editor.demand.DemandViewModel.Entry;
import dev.aegisplanner.app.editor.panels.PanelButtons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.model.topology.Family;
import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The Demand side panel (PRODUCT.md section 7): the plan's demand entries in a table, the selected one's fields
 * under it, and the totals per zone and per origin; add, delete and import a CSV from the header. A narrow column
 * reads better with an entry on two lines and its fields in a form than with six columns squeezed side by side.
 */
public final class DemandPanel extends VBox {

    public DemandPanel(DemandViewModel model, DemandImport importer) {
        setId("demand-panel");
        getStyleClass().add(Styles.SIDE_PANEL);
        TableView<Entry> table = table(model);
        Button add = PanelButtons.add("Add a demand entry", model::add);
        add.setId("add-demand");
        Button remove = PanelButtons.remove("Delete the selected demand entries", () -> remove(model, table));
        remove.setId("remove-demand");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button load = PanelButtons.icon(MaterialDesignF.FILE_IMPORT_OUTLINE,
                "Import demand from a CSV file (zone,origin,location,dataCenter,connections,family)", importer::start);
        load.setId("import-demand");
        VBox.setVgrow(table, Priority.ALWAYS);
        // One of the two open at a time: a side panel under the overview is short, and the table needs the room.
        TitledPane entry = new TitledPane("Selected entry", new DemandEntryForm(model));
        entry.setId("demand-entry-pane");
        entry.setAnimated(false);
        Accordion details = new Accordion(entry, totals(model));
        details.setExpandedPane(entry);
        // Nothing here may hold the side panel wider than the planner made it: it would be cut off on the right.
        for (Region part : new Region[] {this, table, details, entry}) {
            part.setMinWidth(0);
        }
        getChildren().addAll(PanelButtons.header("Peak connections", add, remove, load), table, details);
    }

    private static TableView<Entry> table(DemandViewModel model) {
        SortedList<Entry> sorted = new SortedList<>(model.entries());
        TableView<Entry> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("demand-table");
        table.getStyleClass().add(AnalysisStyles.ANALYSIS_TABLE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label empty = new Label("No demand yet. Add an entry with +, or import a CSV.");
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        empty.setWrapText(true);
        table.setPlaceholder(empty);

        // One column: a side panel is narrow, and an entry reads best as its zone and connections over its origin
        // and place; a second column would cut the hostnames short.
        TableColumn<Entry, Entry> what = new TableColumn<>("Zone, connections; origin \u2192 place");
        what.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        what.setComparator(Comparator.comparing((Entry e) -> String.valueOf(e.demand().zone()))
                .thenComparing(e -> String.valueOf(e.demand().origin())));
        what.setCellFactory(c -> new EntryCell());
        table.getColumns().add(what);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                model.selectedProperty().set(entry);
            }
        });
        model.selectedProperty().addListener((obs, old, entry) -> {
            if (entry != null && !entry.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(entry);
                table.scrollTo(entry);
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                remove(model, table);
                event.consume();
            }
        });
        return table;
    }

    private static void remove(DemandViewModel model, TableView<Entry> table) {
        model.remove(table.getSelectionModel().getSelectedItems().stream().map(Entry::index).toList());
    }

    /** Totals per zone and per origin, folded away when the planner needs the room. */
    private static TitledPane totals(DemandViewModel model) {
        GridPane grid = new GridPane();
        grid.setId("demand-totals");
        grid.getStyleClass().add(AnalysisStyles.TOTALS);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = section(grid, 0, "By zone", model.zoneTotals());
            section(grid, row, "By origin", model.originTotals());
        };
        model.zoneTotals().addListener((ListChangeListener<DemandTotal>) c -> fill.run());
        model.originTotals().addListener((ListChangeListener<DemandTotal>) c -> fill.run());
        fill.run();
        TitledPane pane = new TitledPane("Totals", new ScrollPane(grid));
        pane.setMinWidth(0);
        ((ScrollPane) pane.getContent()).setFitToWidth(true);
        ((ScrollPane) pane.getContent()).setMaxHeight(220);
        pane.setId("demand-totals-pane");
        pane.setAnimated(false);
        return pane;
    }

    private static int section(GridPane grid, int row, String title, ObservableList<DemandTotal> totals) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        grid.add(heading, 0, row++, 2, 1);
        if (totals.isEmpty()) {
            Label none = new Label("none");
            none.getStyleClass().add(Styles.HINT);
            grid.add(none, 0, row++, 2, 1);
        }
        for (DemandTotal total : totals) {
            Label id = new Label(total.id());
            id.setMinWidth(0);
            Label sum = new Label(Figures.connections(total.connections()));
            sum.setId("demand-total-" + total.id());
            sum.setMinWidth(Region.USE_PREF_SIZE);
            id.setWrapText(true);
            GridPane.setHgrow(id, Priority.ALWAYS);
            grid.addRow(row++, id, sum);
        }
        return row;
    }

    /** An entry on two lines: its zone and connections, then its origin, place and (for IPv6) family. */
    private static final class EntryCell extends TableCell<Entry, Entry> {
        private final Label zone = new Label();
        private final Label connections = new Label();
        private final Label rest = new Label();
        private final Tooltip whole = new Tooltip();
        private final VBox box;

        EntryCell() {
            zone.getStyleClass().add(Styles.ROW_TITLE);
            connections.getStyleClass().add(Styles.ROW_TITLE);
            rest.getStyleClass().add(Styles.DETAIL);
            zone.setMinWidth(0);
            rest.setMinWidth(0);
            connections.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(zone, Priority.ALWAYS);
            zone.setMaxWidth(Double.MAX_VALUE);
            HBox first = new HBox(8, zone, connections);
            box = new VBox(first, rest);
            box.setMinWidth(0);
            setTooltip(whole);
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            zone.setText(String.valueOf(entry.demand().zone()));
            connections.setText(Figures.connections(entry.demand().connections()));
            DemandPlace place = entry.place();
            rest.setText(entry.demand().origin() + " \u2192 " + (place == null ? "no place" : place)
                    + (entry.family() == Family.IPV6 ? " \u00b7 IPv6" : ""));
            whole.setText(zone.getText() + ", " + connections.getText() + " connections\n" + rest.getText());
            setGraphic(box);
        }
    }
}
