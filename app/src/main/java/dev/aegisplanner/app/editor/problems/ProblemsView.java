package dev.aegisplanner.app.editor.problems;

import dev.aegisplanner.app.editor.theme.Icons;
import dev.aegisplanner.app.editor.theme.Styles;
import dev.aegisplanner.app.editor.theme.WrappingTableCell;
import dev.aegisplanner.model.validation.Severity;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The Problems panel: a header with counts, and one row per problem; a click on a row goes to the element. A
 * problem with quick fixes (a mistyped field) shows a light bulb, and its fixes are in its context menu too.
 */
public final class ProblemsView extends VBox {

    public ProblemsView(ProblemsViewModel model, Consumer<ProblemRow> activate) {
        this(model, activate, null);
    }

    /** @param fixes the quick fixes rows may offer, or {@code null} for none */
    public ProblemsView(ProblemsViewModel model, Consumer<ProblemRow> activate, ProblemFixes fixes) {
        QuickFixMenu quickFixes = fixes == null ? null : new QuickFixMenu(fixes);
        getStyleClass().add(Styles.PROBLEMS_PANEL);

        Label title = new Label("Problems");
        title.getStyleClass().add(Styles.PANEL_TITLE);
        Label errors = new Label();
        errors.setGraphic(severityIcon(Severity.ERROR));
        errors.textProperty().bind(counted(model.errorCountProperty(), "error"));
        errors.getStyleClass().addAll(Styles.COUNT_CHIP, Styles.ERROR);
        Label warnings = new Label();
        warnings.setGraphic(severityIcon(Severity.WARNING));
        warnings.textProperty().bind(counted(model.warningCountProperty(), "warning"));
        warnings.getStyleClass().addAll(Styles.COUNT_CHIP, Styles.WARNING);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, errors, warnings);
        header.getStyleClass().add(Styles.PANEL_HEADER);

        TableView<ProblemRow> table = new TableView<>(model.rows());
        table.setId("problems-table");
        table.getStyleClass().add(Styles.PROBLEMS_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("No problems. Every rule holds.", Icons.of(MaterialDesignC.CHECK_CIRCLE, Styles.SUCCESS));
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        table.setPlaceholder(empty);
        table.getColumns().add(severityColumn());
        if (quickFixes != null) {
            table.getColumns().add(fixColumn(quickFixes));
        }
        table.getColumns().add(textColumn("Element", 200, ProblemRow::where));
        // Wide enough for a line and column of a planet's file: 109456:55.
        table.getColumns().add(textColumn("Line", 96, ProblemRow::position));
        table.getColumns().add(messageColumn());
        table.setRowFactory(view -> {
            TableRow<ProblemRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (!row.isEmpty() && event.getButton() == MouseButton.PRIMARY) {
                    activate.accept(row.getItem());
                }
            });
            if (quickFixes != null) {
                row.setOnContextMenuRequested(event -> {
                    ContextMenu menu = row.isEmpty() ? null : quickFixes.menu(row.getItem(), row);
                    if (menu != null) {
                        menu.show(row, event.getScreenX(), event.getScreenY());
                    }
                    event.consume();
                });
            }
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
    }

    private static TableColumn<ProblemRow, Severity> severityColumn() {
        TableColumn<ProblemRow, Severity> column = new TableColumn<>();
        column.setPrefWidth(36);
        column.setMinWidth(36);
        column.setMaxWidth(36);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().severity()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity severity, boolean empty) {
                super.updateItem(severity, empty);
                setGraphic(empty || severity == null ? null : severityIcon(severity));
            }
        });
        return column;
    }

    /** A light bulb on rows that have quick fixes; a click opens them. */
    private static TableColumn<ProblemRow, ProblemRow> fixColumn(QuickFixMenu quickFixes) {
        TableColumn<ProblemRow, ProblemRow> column = new TableColumn<>();
        column.setId("problems-fix-column");
        column.setPrefWidth(36);
        column.setMinWidth(36);
        column.setMaxWidth(36);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button(null, Icons.of(MaterialDesignL.LIGHTBULB_ON_OUTLINE, Styles.WARNING));

            {
                button.getStyleClass().add(Styles.FLAT_BUTTON);
                button.getStyleClass().add("quick-fix-button");
                button.setTooltip(new Tooltip("Quick fixes for this problem"));
                button.setOnAction(e -> quickFixes.showBelow(getItem(), button));
            }

            @Override
            protected void updateItem(ProblemRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null || !quickFixes.hasFixes(row) ? null : button);
            }
        });
        return column;
    }

    private static TableColumn<ProblemRow, String> textColumn(String title, double width,
                                                              java.util.function.Function<ProblemRow, String> text) {
        TableColumn<ProblemRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    /** The message, wrapped to the column's width: a long one takes more lines rather than losing its end. */
    private static TableColumn<ProblemRow, String> messageColumn() {
        TableColumn<ProblemRow, String> column = textColumn("Message", 400, ProblemRow::message);
        column.setCellFactory(c -> {
            WrappingTableCell<ProblemRow> cell = new WrappingTableCell<>(column, 16);
            cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
            return cell;
        });
        return column;
    }

    private static StringBinding counted(ReadOnlyIntegerProperty count, String noun) {
        return Bindings.createStringBinding(() -> count.get() + " " + noun + (count.get() == 1 ? "" : "s"), count);
    }

    static Node severityIcon(Severity severity) {
        return severity == Severity.ERROR
                ? Icons.of(MaterialDesignA.ALERT_CIRCLE, Styles.ERROR)
                : Icons.of(MaterialDesignA.ALERT, Styles.WARNING);
    }
}
