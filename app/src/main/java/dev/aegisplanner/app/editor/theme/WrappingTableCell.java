package dev.aegisplanner.app.editor.theme;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps to its column's width: a long one takes more lines rather than losing its end.
 * The text is a wrapping {@link Text} graphic, as wide as the column less {@code sides}: a table row is as tall
 * as its cells' text needs only then (a cell's own wrapping text keeps the row at one line).
 *
 * @param <S> the table's row type
 */
public class WrappingTableCell<S> extends TableCell<S, String> {

    private final Text text = new Text();

    public WrappingTableCell(TableColumn<S, String> column, double sides) {
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(sides));
        text.fillProperty().bind(textFillProperty());
        text.fontProperty().bind(fontProperty());
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty ? null : item);
        setGraphic(empty ? null : text);
    }
}
