package dev.aegisplanner.app.editor.capacity;

import dev.aegisplanner.app.editor.analysis.AnalysisStyles;
import dev.aegisplanner.app.editor.analysis.ColumnFit;
import dev.aegisplanner.app.editor.analysis.Figures;
import dev.aegisplanner.model.capacity.RowStatus;
import dev.aegisplanner.model.topology.ElementRef;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The capacity rows as a sortable table: location, data center, address, origin, connections, capacity,
 * utilization (a bar in the scale's colour and the figure), headroom and status in words; in a what-if the
 * plan's utilization beside it, after N-1 the worst and the failure behind it. Most utilized first until the
 * planner sorts otherwise; a click on a row shows its data center on the canvas.
 */
final class CapacityTable extends TableView<CapacityItem> {

    private static final double BAR_WIDTH = 56;

    private final TableColumn<CapacityItem, Number> utilization;
    private final TableColumn<CapacityItem, Number> plan;
    private final TableColumn<CapacityItem, Number> worst;
    private final TableColumn<CapacityItem, String> failure;

    CapacityTable(ObservableList<CapacityItem> items, Consumer<ElementRef> reveal) {
        setId("capacity-table");
        getStyleClass().add(AnalysisStyles.ANALYSIS_TABLE);
        SortedList<CapacityItem> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);

        // Utilization and status come right after the place: on a laptop screen they are what must stay in view.
        getColumns().add(text("Location", 80, i -> i.row().location()));
        getColumns().add(text("Data center", 100, i -> i.row().dataCenter()));
        getColumns().add(text("Address", 110, i -> i.row().address()));
        utilization = utilizationColumn("Utilization", CapacityItem::utilization);
        utilization.setId("capacity-utilization-column");
        plan = utilizationColumn("In the plan", CapacityItem::planUtilization);
        getColumns().addAll(utilization, plan, statusColumn());
        worst = utilizationColumn("N-1 worst", CapacityItem::worstUtilization);
        worst.setId("capacity-worst-column");
        failure = text("Worst failure", 170, i -> i.worstFailure() == null ? "" : i.worstFailure().toString());
        getColumns().addAll(worst, failure);
        getColumns().add(number("Connections", 95, i -> i.row().connections(), Figures::connections));
        getColumns().add(number("Capacity", 85, i -> i.row().capacity(), Figures::connections));
        getColumns().add(number("Headroom", 85, i -> i.row().headroom(), Figures::connections));
        getColumns().add(text("Origin", 140, i -> i.row().origin()));

        utilization.setSortType(TableColumn.SortType.DESCENDING);
        getSortOrder().add(utilization);
        setRowFactory(view -> {
            TableRow<CapacityItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty()) {
                    reveal.accept(ElementRef.dataCenter(row.getItem().row().dataCenter()));
                }
            });
            return row;
        });
        showColumns(false, false);
        ColumnFit.install(this);
    }

    /** The plan's utilization column in a what-if; the N-1 columns once N-1 has run. */
    void showColumns(boolean planShown, boolean worstShown) {
        plan.setVisible(planShown);
        worst.setVisible(worstShown);
        failure.setVisible(worstShown);
    }

    private static TableColumn<CapacityItem, String> text(String title, double width,
                                                          Function<CapacityItem, String> value) {
        TableColumn<CapacityItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setAlignment(Pos.CENTER_LEFT);
            }
        });
        return column;
    }

    private static TableColumn<CapacityItem, Number> number(String title, double width,
                                                           Function<CapacityItem, Double> value,
                                                           Function<Double, String> format) {
        TableColumn<CapacityItem, Number> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.comparingDouble(Number::doubleValue));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : format.apply(n.doubleValue()));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }

    /** A bar in the scale's colour and the figure; the bar is full from 100 %, striped when over. */
    private static TableColumn<CapacityItem, Number> utilizationColumn(String title,
                                                                      Function<CapacityItem, Double> value) {
        TableColumn<CapacityItem, Number> column = new TableColumn<>(title);
        column.setPrefWidth(130);
        column.setMinWidth(120);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.comparingDouble(n -> Double.isNaN(n.doubleValue()) ? -1 : n.doubleValue()));
        column.setCellFactory(c -> new UtilizationCell());
        return column;
    }

    private static TableColumn<CapacityItem, RowStatus> statusColumn() {
        TableColumn<CapacityItem, RowStatus> column = new TableColumn<>("Status");
        column.setPrefWidth(70);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label chip = new Label();

            {
                chip.getStyleClass().add(AnalysisStyles.UTILIZATION_CHIP);
            }

            @Override
            protected void updateItem(RowStatus status, boolean empty) {
                super.updateItem(status, empty);
                if (empty || status == null) {
                    setGraphic(null);
                    return;
                }
                chip.setText(status.json());
                AnalysisStyles.applyUtilization(chip, AnalysisStyles.utilization(status));
                setGraphic(chip);
            }
        });
        return column;
    }

    /** The figure right-aligned after a short bar; empty for NaN (a column that does not apply to the row). */
    private static final class UtilizationCell extends TableCell<CapacityItem, Number> {
        private final Region fill = new Region();
        private final StackPane bar = new StackPane(fill);
        private final Label figure = new Label();
        private final HBox box = new HBox(bar, figure);

        UtilizationCell() {
            bar.getStyleClass().add(AnalysisStyles.UTILIZATION_BAR);
            fill.getStyleClass().add(AnalysisStyles.UTILIZATION_FILL);
            StackPane.setAlignment(fill, Pos.CENTER_LEFT);
            bar.setMinWidth(BAR_WIDTH);
            bar.setMaxWidth(BAR_WIDTH);
            fill.setMaxWidth(Region.USE_PREF_SIZE);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setSpacing(6);
            figure.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null || Double.isNaN(value.doubleValue())) {
                setGraphic(null);
                return;
            }
            double u = value.doubleValue();
            RowStatus status = RowStatus.of(u);
            fill.setPrefWidth(BAR_WIDTH * Math.min(1, Double.isInfinite(u) ? 1 : u));
            AnalysisStyles.applyUtilization(fill, AnalysisStyles.utilization(status));
            fill.getStyleClass().remove(AnalysisStyles.STRIPED);
            if (status == RowStatus.OVER) {
                fill.getStyleClass().add(AnalysisStyles.STRIPED);
            }
            figure.setText(Figures.percent(u));
            setGraphic(box);
        }
    }
}
