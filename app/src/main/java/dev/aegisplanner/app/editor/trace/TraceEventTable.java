package dev.aegisplanner.app.editor.trace;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The event list: one row per hop, the hops the packet has reached lit and the one it is at marked. The
 * selection follows the packet; selecting a row moves the packet there.
 */
final class TraceEventTable extends TableView<TraceEvent> {

    /** The table width from which the arrival times are shown. */
    static final double TIME_COLUMN_FROM = 360;

    TraceEventTable(TracePanelModel model) {
        super(model.events());
        setId("trace-events");
        getStyleClass().add(Styles.TRACE_EVENTS);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Label empty = new Label("No hops to show.");
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        setPlaceholder(empty);
        getColumns().add(hopColumn());
        TableColumn<TraceEvent, String> leg = column("Leg", 96, e -> e.leg().replace(" \u00b7 ", "\n"));
        // Wide enough for "10,270 km": a distance cut short says nothing.
        leg.setMinWidth(96);
        getColumns().add(leg);
        TableColumn<TraceEvent, String> time = column("Time", 54, TraceEvent::time);
        time.setMinWidth(54);
        // Arrival times are the least of it: a narrow table leaves them out rather than cutting the hops short.
        time.visibleProperty().bind(widthProperty().greaterThanOrEqualTo(TIME_COLUMN_FROM));
        getColumns().add(time);

        ReadOnlyIntegerProperty current = model.playback().currentStepProperty();
        setRowFactory(table -> new EventRow(current));
        current.addListener((obs, old, now) -> follow(now.intValue()));
        model.events().addListener((javafx.collections.ListChangeListener<TraceEvent>) c -> follow(current.get()));
        getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> model.selectEvent(now.intValue()));
    }

    private void follow(int step) {
        if (step < getItems().size() && getSelectionModel().getSelectedIndex() != step) {
            getSelectionModel().select(step);
            scrollTo(Math.max(0, step - 2));
        }
    }

    /** The kind of hop with its icon, and under it, muted, the element it is: "Egress server" over "fra2-s2". */
    private static TableColumn<TraceEvent, TraceEvent> hopColumn() {
        TableColumn<TraceEvent, TraceEvent> column = new TableColumn<>("Hop");
        column.setPrefWidth(170);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label type = new Label();
            private final Label element = new Label();
            private final VBox box = new VBox(type, element);

            {
                element.getStyleClass().add(Styles.DETAIL);
                box.getStyleClass().add(Styles.LIST_ROW);
            }

            @Override
            protected void updateItem(TraceEvent event, boolean empty) {
                super.updateItem(event, empty);
                if (empty || event == null) {
                    setGraphic(null);
                    return;
                }
                type.setText(event.type());
                type.setGraphic(Icons.of(HopIcons.of(event.kind())));
                element.setText(event.element());
                setGraphic(box);
            }
        });
        return column;
    }

    private static TableColumn<TraceEvent, String> column(String title, double width, Function<TraceEvent, String> text) {
        TableColumn<TraceEvent, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.75);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
            }
        });
        return column;
    }

    /** A row that shows whether the packet has reached its hop, and whether it is there now. */
    private static final class EventRow extends TableRow<TraceEvent> {
        private final ReadOnlyIntegerProperty current;

        EventRow(ReadOnlyIntegerProperty current) {
            this.current = current;
            current.addListener((obs, old, now) -> mark());
        }

        @Override
        protected void updateItem(TraceEvent event, boolean empty) {
            super.updateItem(event, empty);
            setTooltip(empty || event == null ? null : new Tooltip(event.label()));
            mark();
        }

        private void mark() {
            TraceEvent event = getItem();
            boolean shown = !isEmpty() && event != null;
            pseudoClassStateChanged(Styles.REACHED, shown && event.index() <= current.get());
            pseudoClassStateChanged(Styles.CURRENT, shown && event.index() == current.get());
        }
    }
}
